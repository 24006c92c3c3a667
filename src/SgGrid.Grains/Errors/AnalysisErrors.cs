using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The refusals of the expensive analyses' bounds (ECS's flow-control codes and messages, 400).</summary>
public static class AnalysisErrors
{
    /// <summary>The tenant already has its allowed analyses in progress.</summary>
    public static EcsError TenantBusy() => new(EcsErrorCodes.ThrottlingUser, "Request was denied due to user flow control.");

    /// <summary>Every analysis slot of the silo stayed busy for the whole wait allowed.</summary>
    public static EcsError SiloBusy() => new(EcsErrorCodes.Throttling, "Request was denied due to request throttling.");
}
