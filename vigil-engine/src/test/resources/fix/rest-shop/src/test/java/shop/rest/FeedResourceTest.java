package shop.rest;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class FeedResourceTest {
    @Test
    public void countsTheFeedsEntries() throws Exception {
        assertEquals(2, new FeedResource().importFeed("<feed><item/><item/></feed>"));
    }
}
