// vigil-expect: vulnerable cwe=611
// case: a Validator from a default SchemaFactory validates a caller's document stream
package corpus.xxe;

import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

public class SchemaValidatorDefaults {
  public void check(URL xsd, InputStream document) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = factory.newSchema(xsd);
    Validator validator = schema.newValidator();
    validator.validate(new StreamSource(document));
  }
}
