using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The expected failures of what-if scenarios.</summary>
public static class ScenarioErrors
{
    public static EcsError NotFound() => new(EcsErrorCodes.ScenarioNotFound, "The specified ScenarioId does not exist.");

    public static EcsError ProductionChanged(IEnumerable<string> groupIds) =>
        new(EcsErrorCodes.ScenarioProductionChanged,
            $"Production changed since the scenario was cloned (security groups: {string.Join(", ", groupIds)}); nothing was applied. Create a new scenario from the current production.");

    public static EcsError AlreadyApplied() =>
        new(EcsErrorCodes.ScenarioAlreadyApplied, "The scenario was applied already; create a new scenario for further changes.");

    public static EcsError TooManyScenarios(int limit) =>
        new(EcsErrorCodes.ScenarioQuotaExceeded, $"An account can hold at most {limit} what-if scenarios in a region.");

    public static EcsError SecurityGroupNotInVpc(string groupId) =>
        new(EcsErrorCodes.SecurityGroupNotFound, $"The security group {groupId} does not exist in the specified VPC.");

    public static EcsError TooComplex(string detail) =>
        new(EcsErrorCodes.DiffTooComplex, $"The diff is too complex to compute exactly ({detail}); narrow it with Source, Destination or Protocol.");
}
