package dev.vigil.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.vigil.engine.git.ScanCancelledException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * The background work of the server as db-scheduler tasks in the same database: one task instance
 * per scan, the validation of a scan's findings once it is done, the validation of one finding a
 * person asked for, one per environment health check, a recurring poll of connected branches, and
 * a recurring check whether the weekly digest is due (as often as branches are polled), a
 * recurring poll of the pull requests Vigil opened, and the sandbox validation of a remediation patch.
 * Several processes on one PostgreSQL share
 * the instances, each executed by exactly one of them; an instance whose process died is revived
 * by another after its heartbeats stop, and the scan resumes from its checkpoint.
 */
public final class ScanJobs implements AutoCloseable {
  private final Scheduler scheduler;
  private final OneTimeTask<Long> scanTask;
  private final OneTimeTask<Long> healthTask;
  private final OneTimeTask<Long> validateScanTask;
  private final OneTimeTask<Long> validateFindingTask;
  private final OneTimeTask<Long> validatePatchTask;

  /** Settings of the scheduler: worker threads, heartbeat (dead-process detection) and polling. */
  public record Settings(int threads, Duration heartbeat, Duration pollEvery, Duration branchPoll) {
    /** Returns the defaults: 2 threads, 5 s heartbeat, 1 s polling, branches polled every minute. */
    public static Settings defaults() {
      return new Settings(2, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(1));
    }
  }

  /** The name of the scan task in the queue; its data is the scan id. */
  static final String SCAN_TASK = "scan";

  public ScanJobs(DataSource dataSource, ScanRunner runner, BranchPoller poller, Settings settings,
      HealthCheckRunner health, ValidationRunner validations, Runnable weeklyDigest) {
    this(dataSource, runner, poller, settings, health, validations, weeklyDigest, scanId -> {}, () -> {}, () -> {},
        patchId -> {});
  }

  /**
   * Creates the jobs; {@code afterScan} runs after each scan (it handles its own failures),
   * {@code advisories} at every branch-poll interval (it decides itself whether an update is due), and
   * {@code pullRequests} polls the state of open pull requests at the same interval, and
   * {@code patchValidation} validates one remediation patch in the sandbox (it records its own failures).
   */
  public ScanJobs(DataSource dataSource, ScanRunner runner, BranchPoller poller, Settings settings,
      HealthCheckRunner health, ValidationRunner validations, Runnable weeklyDigest, LongConsumer afterScan,
      Runnable advisories, Runnable pullRequests, LongConsumer patchValidation) {
    // A scan stopped by a shutdown resumes soon; one that died of an error fails for good, once:
    // the runner records failures itself, so only errors it could not catch arrive here.
    FailureHandler<Long> onFailure = (complete, operations) -> {
      Throwable cause = complete.getCause().orElse(null);
      if (cause instanceof ScanCancelledException) {
        operations.reschedule(complete, Instant.now().plusSeconds(1));
      } else {
        runner.failed((Long) complete.getExecution().taskInstance.getData(), cause);
        operations.stop();
      }
    };
    this.scanTask = Tasks.oneTime(SCAN_TASK, Long.class)
        .onFailure(onFailure)
        .onDeadExecutionRevive()
        .execute((instance, context) -> {
          runner.run(instance.getData(), () -> context.getSchedulerState().isShuttingDown());
          validateScan(instance.getData());
          afterScan.accept(instance.getData());
        });
    // Validation is idempotent (one record per finding and commit): a revived one just runs again.
    this.validateScanTask = Tasks.oneTime("validate-scan", Long.class).onDeadExecutionRevive()
        .execute((instance, context) -> validations.afterScan(instance.getData()));
    this.validateFindingTask = Tasks.oneTime("validate-finding", Long.class).onDeadExecutionRevive()
        .execute((instance, context) -> validations.finding(instance.getData()));
    // Revived after a crash, a patch's validation runs again from the start: it keeps no state but the patch's.
    this.validatePatchTask = Tasks.oneTime("validate-patch", Long.class).onDeadExecutionRevive()
        .execute((instance, context) -> patchValidation.accept(instance.getData()));
    // A health check starts over when revived: its steps are cheap to repeat, and setup is idempotent.
    this.healthTask = Tasks.oneTime("environment-health-check", Long.class)
        .onFailure((complete, operations) -> {
          health.failed((Long) complete.getExecution().taskInstance.getData(), complete.getCause().orElse(null));
          operations.stop();
        })
        .onDeadExecutionRevive()
        .execute((instance, context) -> health.run(instance.getData()));
    RecurringTask<Void> pollTask = Tasks.recurring("poll-branches", FixedDelay.of(settings.branchPoll()))
        .execute((instance, context) -> poller.pollAll(this::enqueue));
    RecurringTask<Void> digestTask = Tasks.recurring("weekly-digest", FixedDelay.of(settings.branchPoll()))
        .execute((instance, context) -> weeklyDigest.run());
    RecurringTask<Void> advisoryTask = Tasks.recurring("advisory-update", FixedDelay.of(settings.branchPoll()))
        .execute((instance, context) -> advisories.run());
    this.scheduler = new SchedulerBuilder(dataSource,
        List.of(scanTask, validateScanTask, validateFindingTask, healthTask, validatePatchTask))
        .startTasks(pollTask, digestTask, advisoryTask,
            Tasks.recurring("poll-pull-requests", FixedDelay.of(settings.branchPoll()))
                .execute((instance, context) -> pullRequests.run()))
        .threads(settings.threads())
        .heartbeatInterval(settings.heartbeat())
        .missedHeartbeatsLimit(4)
        .pollingInterval(settings.pollEvery())
        .enableImmediateExecution()
        .shutdownMaxWait(Duration.ofSeconds(10))
        .build();
  }

  /** Starts executing due work. */
  public void start() {
    scheduler.start();
  }

  /** Queues the scan for execution by whichever process picks it first. */
  public void enqueue(long scanId) {
    scheduler.scheduleIfNotExists(scanTask.instance(SCAN_TASK + "-" + scanId, scanId), Instant.now());
  }

  /**
   * Queues scan {@code scanId} in the queue of the database behind {@code dataSource}, from a
   * process that runs no jobs itself (a benchmark, a script): the workers sharing it pick it up.
   */
  public static void enqueue(DataSource dataSource, long scanId) {
    OneTimeTask<Long> scan = Tasks.oneTime(SCAN_TASK, Long.class).execute((instance, context) -> {
      throw new IllegalStateException("a queue client runs no scans");
    });
    SchedulerClient.Builder.create(dataSource, List.of(scan)).build()
        .scheduleIfNotExists(scan.instance(SCAN_TASK + "-" + scanId, scanId), Instant.now());
  }

  /** Queues health check {@code checkId} of an environment. */
  public void enqueueHealthCheck(long checkId) {
    scheduler.scheduleIfNotExists(healthTask.instance("health-check-" + checkId, checkId), Instant.now());
  }

  /** Queues the validation of every finding of a scan's repository at the scan's head. */
  public void validateScan(long scanId) {
    scheduler.scheduleIfNotExists(validateScanTask.instance("validate-scan-" + scanId, scanId), Instant.now());
  }

  /** Queues the validation of one finding; a request already queued for it is not repeated. */
  public void validateFinding(long findingId) {
    scheduler.scheduleIfNotExists(validateFindingTask.instance("validate-finding-" + findingId, findingId),
        Instant.now());
  }

  /**
   * Queues the sandbox validation of patch {@code patchId} as its diff was changed at {@code changedAt}:
   * once per version of the diff, so an edit queues a new one while the old one may still run.
   */
  public void validatePatch(long patchId, Instant changedAt) {
    scheduler.scheduleIfNotExists(validatePatchTask.instance("validate-patch-" + patchId + "-"
        + changedAt.getEpochSecond() + "." + changedAt.getNano(), patchId), Instant.now());
  }

  /** Stops gracefully: running scans checkpoint and are picked up again at the next start. */
  @Override
  public void close() {
    scheduler.stop();
  }

}
