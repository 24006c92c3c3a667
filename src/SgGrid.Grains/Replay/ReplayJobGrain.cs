using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Replay;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Replay;

/// <summary>Keeps a region's replay jobs (bounded); progress is kept in memory, a job's start and end are written.</summary>
public sealed class ReplayJobGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<ReplayJobState> state) : Grain, IReplayJobGrain
{
    public async Task ReportAsync(ReplayJobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var jobs = state.State.Jobs;
        var index = jobs.FindIndex(j => j.JobId == job.JobId);
        if (index >= 0)
        {
            var ended = !job.IsRunning;
            jobs[index] = job;
            if (ended)
            {
                await state.WriteStateAsync();
            }

            return;
        }

        jobs.Add(job);
        if (jobs.Count > IReplayJobGrain.MaxJobs)
        {
            jobs.RemoveAt(0);
        }

        await state.WriteStateAsync();
    }

    public Task<ReplayJobStatus?> GetAsync(string? jobId)
    {
        var job = jobId is null ? state.State.Jobs.LastOrDefault() : state.State.Jobs.FirstOrDefault(j => j.JobId == jobId);
        return Task.FromResult(job is null ? null : Current(job));
    }

    private static ReplayJobStatus Current(ReplayJobStatus job) =>
        job.IsRunning && DateTimeOffset.UtcNow - job.UpdateTime > IReplayJobGrain.StaleAfter
            ? job with
            {
                Status = ReplayJobStatus.Failed,
                FinishTime = job.UpdateTime,
                ErrorCode = EcsErrorCodes.InternalError,
                ErrorMessage = "The replay stopped reporting (its upload or its process stopped); replay the log again.",
            }
            : job;
}
