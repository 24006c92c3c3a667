using SgGrid.Domain.Errors;

namespace SgGrid.Api.Replay;

/// <summary>The errors of the replay actions.</summary>
public static class ReplayErrors
{
    public static EcsError JobNotFound(string? jobId) => new(EcsErrorCodes.RegionImportJobNotFound,
        jobId is null ? "This region has no replay job." : $"The replay job {jobId} does not exist in this region.");

    public static EcsError ScenarioRequired(string against) => new(EcsErrorCodes.InvalidParameter,
        $"Against={against} decides records in a what-if scenario: name it with ScenarioId.");
}
