using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Regions.Loading;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Snapshots.Plans;
using SgGrid.Grains.Abstractions.Regions;

namespace SgGrid.Api.Regions.Importing;

/// <summary>
/// Runs ImportRegion jobs in the endpoint's process (one per tenant region at a time, through its
/// <see cref="IRegionImportJobGrain"/>): loads the plan with the <see cref="IRegionLoader"/> and reports progress every
/// <see cref="ReportInterval"/>, so any silo's endpoint answers DescribeRegionImportJob.
/// </summary>
public sealed partial class RegionImportRunner(IRegionLoader loader, IHostApplicationLifetime lifetime, ILogger<RegionImportRunner> logger)
{
    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(1);

    /// <summary>Starts a job, or answers null while another import of the region runs.</summary>
    public async Task<RegionImportStart?> StartAsync(TenantRegion region, RegionImportPlan plan, long snapshotBytes)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(plan);
        var now = DateTimeOffset.UtcNow;
        var job = new RegionImportJobStatus
        {
            JobId = "rij-" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 20),
            TotalResources = plan.ResourceCount,
            TotalRules = plan.RuleCount,
            StartTime = now,
            UpdateTime = now,
            SnapshotBytes = snapshotBytes,
        };
        var jobs = region.Grains.GetRegionImportJobs(region.Owner);
        if (!await jobs.TryStartAsync(job))
        {
            return null;
        }

        var completion = Task.Run(() => RunAsync(region, plan, job, jobs, lifetime.ApplicationStopping));
        return new RegionImportStart(job, completion);
    }

    private async Task<RegionImportJobStatus> RunAsync(TenantRegion region, RegionImportPlan plan, RegionImportJobStatus job, IRegionImportJobGrain jobs, CancellationToken stopping)
    {
        var progress = new RegionLoadProgress();
        RegionImportJobStatus Now(RegionImportJobStatus status) => status with
        {
            Phase = progress.Phase,
            LoadedResources = progress.Loaded,
            UnchangedResources = progress.Unchanged,
            UpdateTime = DateTimeOffset.UtcNow,
        };

        using var reporting = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var reporter = ReportAsync(jobs, () => Now(job), reporting.Token);
        RegionImportJobStatus final;
        try
        {
            var result = await loader.LoadAsync(region, plan, progress, stopping);
            final = Now(job) with
            {
                Status = result.Succeeded ? RegionImportJobStatus.Succeeded : RegionImportJobStatus.Failed,
                Problems = [.. result.Problems.Take(RegionImportJobStatus.MaxProblems).Select(p => new RegionImportProblem(p.Path, p.Code, p.Message))],
            };
            LogFinished(region.AccountId, region.RegionId, job.JobId, final.Status, progress.Loaded, progress.Unchanged);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            LogFailed(exception, region.AccountId, region.RegionId, job.JobId, progress.Phase);
            final = Now(job) with
            {
                Status = RegionImportJobStatus.Failed,
                Problems = [new RegionImportProblem("$", EcsErrorCodes.InternalError, $"The import failed while loading ({progress.Phase}); import the snapshot again to finish it.")],
            };
        }

        await reporting.CancelAsync();
        await reporter;
        final = final with { FinishTime = final.UpdateTime };
        await jobs.ReportAsync(final);
        return final;
    }

    private static async Task ReportAsync(IRegionImportJobGrain jobs, Func<RegionImportJobStatus> status, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ReportInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await jobs.ReportAsync(status());
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended (or the host stops): the last report is the runner's.
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Region import {JobId} of {AccountId}/{RegionId}: {Status}, {Loaded} resources loaded, {Unchanged} already there")]
    private partial void LogFinished(string accountId, string regionId, string jobId, string status, int loaded, int unchanged);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Region import {JobId} of {AccountId}/{RegionId} failed while loading ({Phase})")]
    private partial void LogFailed(Exception exception, string accountId, string regionId, string jobId, string phase);
}
