package shop.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;

/** The network status page. */
@Path("/ping")
public class PingResource {
    @GET
    public String ping(@QueryParam("host") String host) throws IOException {
        return new NetworkTools().ping(host);
    }
}
