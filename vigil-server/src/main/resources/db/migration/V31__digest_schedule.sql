-- The installation's weekly digest job: when it runs (a weekday and hour, UTC), where it goes (a
-- folder, a Slack-compatible webhook whose URL is sealed like other secrets) and how it went last.
CREATE TABLE digest_schedule (
  id              INTEGER PRIMARY KEY,
  enabled         BOOLEAN NOT NULL,
  day_of_week     VARCHAR(10) NOT NULL,
  hour_utc        INTEGER NOT NULL,
  folder          VARCHAR(2000),
  webhook_url     VARCHAR(4000),
  public_url      VARCHAR(2000),
  enabled_at      TIMESTAMP WITH TIME ZONE,
  last_sent_at    TIMESTAMP WITH TIME ZONE,
  last_outcome    VARCHAR(2000),
  updated_by      VARCHAR(100),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
