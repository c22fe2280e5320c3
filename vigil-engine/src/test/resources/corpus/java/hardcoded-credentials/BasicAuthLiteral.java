// vigil-expect: vulnerable cwe=798
// case: HttpHeaders.setBasicAuth with a literal user and password
package corpus.creds;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

public class BasicAuthLiteral {
  private final RestTemplate rest = new RestTemplate();

  public String fetchInvoices() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("svc-billing", "Bill1ng#Svc-2022");
    return rest.exchange("https://erp.internal/api/invoices", HttpMethod.GET,
        new HttpEntity<>(headers), String.class).getBody();
  }
}
