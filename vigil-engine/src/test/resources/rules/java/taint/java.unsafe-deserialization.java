package samples;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;

public class DeserializationSamples {
  public Object read(HttpServletRequest request) throws Exception {
    ObjectInputStream in = new ObjectInputStream(request.getInputStream());
    // ruleid: java.unsafe-deserialization
    return in.readObject();
  }

  public Object cookie(HttpServletRequest request) throws Exception {
    byte[] bytes = Base64.getDecoder().decode(request.getParameter("state"));
    ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes));
    // ruleid: java.unsafe-deserialization
    return in.readObject();
  }

  public Object spring(HttpServletRequest request) throws Exception {
    byte[] body = request.getInputStream().readAllBytes();
    // ruleid: java.unsafe-deserialization
    return org.springframework.util.SerializationUtils.deserialize(body);
  }

  public Object local(byte[] trusted) throws Exception {
    ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(new byte[] {1, 2}));
    // ok: java.unsafe-deserialization
    return in.readObject();
  }
}
