package in.eofficemonitor.alerts.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The thin Quartz job: finds the {@link AlertScheduler} in the scheduler context and runs the report
 * named in the job data for the trigger's <em>scheduled</em> fire time, so a late (misfired) run still
 * covers the period it was meant for.
 */
@DisallowConcurrentExecution
public final class ReportJob implements Job {

    static final String SCHEDULER_KEY = "eoffice.alertScheduler";
    static final String REPORT_KEY = "report";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            AlertScheduler scheduler = (AlertScheduler) context.getScheduler().getContext().get(SCHEDULER_KEY);
            String report = context.getMergedJobDataMap().getString(REPORT_KEY);
            scheduler.runScheduled(report, context.getScheduledFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            // Logged by Quartz too; never refire at once (the delivery log's retries already happened).
            throw new JobExecutionException(e, false);
        }
    }
}
