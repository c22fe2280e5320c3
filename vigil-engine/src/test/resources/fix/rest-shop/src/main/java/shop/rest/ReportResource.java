package shop.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** Serves saved reports. */
@Path("/reports")
public class ReportResource {
    private static final File REPORTS = new File("/srv/reports");

    @GET
    public String report(@QueryParam("name") String name) throws IOException {
        File report = new File(REPORTS, name);
        return Files.readString(report.toPath());
    }
}
