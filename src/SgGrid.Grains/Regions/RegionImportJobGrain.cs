using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Regions;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Regions;

/// <summary>Keeps a region's import jobs (bounded) and lets one run at a time.</summary>
public sealed class RegionImportJobGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<RegionImportJobState> state) : Grain, IRegionImportJobGrain
{
    public async Task<bool> TryStartAsync(RegionImportJobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (state.State.Jobs.Select(Current).Any(j => j.IsRunning))
        {
            return false;
        }

        state.State.Jobs.Add(job);
        if (state.State.Jobs.Count > IRegionImportJobGrain.MaxJobs)
        {
            state.State.Jobs.RemoveAt(0);
        }

        await state.WriteStateAsync();
        return true;
    }

    public async Task ReportAsync(RegionImportJobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var index = state.State.Jobs.FindIndex(j => j.JobId == job.JobId);
        if (index < 0)
        {
            return;
        }

        state.State.Jobs[index] = job with { Problems = [.. job.Problems.Take(RegionImportJobStatus.MaxProblems)] };
        await state.WriteStateAsync();
    }

    public Task<RegionImportJobStatus?> GetAsync(string jobId) =>
        Task.FromResult(state.State.Jobs.Where(j => j.JobId == jobId).Select(Current).FirstOrDefault());

    /// <summary>A running job that stopped reporting reads as failed: its process is gone.</summary>
    private RegionImportJobStatus Current(RegionImportJobStatus job) =>
        job.IsRunning && DateTimeOffset.UtcNow - job.UpdateTime > IRegionImportJobGrain.StaleAfter
            ? job with
            {
                Status = RegionImportJobStatus.Failed,
                FinishTime = job.UpdateTime,
                Problems = [.. job.Problems, new RegionImportProblem("$", EcsErrorCodes.InternalError, "The import stopped reporting (its process stopped); import the snapshot again to finish it.")],
            }
            : job;
}
