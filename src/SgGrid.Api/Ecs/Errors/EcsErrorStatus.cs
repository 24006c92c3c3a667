using System.Collections.Frozen;

namespace SgGrid.Api.Ecs.Errors;

/// <summary>The one table that maps an ECS error code to its HTTP status (ECS's error tables; SgGrid's own codes in docs/semantics.md).</summary>
/// <remarks>
/// Codes ending in <c>.NotFound</c> are 404 unless listed otherwise; the codes below are 403, 500 or 503; anything
/// else is a 400. ECS gives <c>DependencyViolation</c> 403 for security groups but 400 for VPCs and vSwitches, so the
/// action can refine the answer.
/// </remarks>
public static class EcsErrorStatus
{
    private static readonly FrozenSet<string> Forbidden = new[]
    {
        "DependencyViolation",
        "AuthorizationLimitExceed",
        "InvalidOperation.ResourceManagedByCloudProduct",
        "Forbidden.ServiceManaged",
        "InvalidOperation.EniServiceManaged",
        "InvalidOperation.InvalidEniType",
        "InvalidOperation.VpcMismatch",
        "InvalidOperation.AvailabilityZoneMismatch",
        "InvalidGroupAuthItem.NotFound",
        "InvalidInstanceId.AlreadyExists",
        "IncorrectInstanceStatus",
        "OperationDenied.QuotaExceed",
        "InvalidOperation.DeletionProtection",
        "InstanceLastSecurityGroup",
        "InstanceNotInSecurityGroup",
        "InstanceSecurityGroupLimitExceeded",
        "SecurityGroupInstanceLimitExceeded",
        "InvalidParamter.Conflict",
        "InvalidNetworkType.Mismatch",
        "InvalidSecurityGroupId.NotVpc",
        "EniPerInstanceLimitExceeded",
        "MaxEniCountExceeded",
        "InvalidVSwitchId.IpNotEnough",
        "InvalidVSwitchId.IpInvalid",
        "InvalidOperation.Ipv4CountExceeded",
        "InvalidVSwitch.Ipv6NotTurnOn",
        "OperationDenied.InconsistentNetwork",
        "InvalidParams.InstanceNameExceed",
        "InvalidParams.HostnameExceed",
        "Forbidden.RAM",
        "Forbidden.NotSupportRAM",
        "Forbidden.RiskControl",
        "IncorrectStatus.ProductionChanged",
        "IncorrectStatus.RegionImportInProgress",
        "IncorrectStatus.ScenarioApplied",
        "InvalidOperation.SecurityGroupOutOfScenario",
        "InvalidOperation.ScenarioRegion",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>NotFound-looking codes that ECS answers with 400 or 403.</summary>
    private static readonly FrozenDictionary<string, int> NotFoundExceptions = new Dictionary<string, int>
    {
        ["InvalidGroupAuthItem.NotFound"] = 403,
        ["InvalidPrefixListEntry.NotFound"] = 400,
        ["InvalidPrivateIpAddress.NotFound"] = 400,
        ["InvalidPortRangeListId.NotFound"] = 400,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> VpcActions = new[] { "DeleteVpc", "DeleteVSwitch" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The HTTP status for <paramref name="code"/>, answered by <paramref name="action"/> when known.</summary>
    public static int Of(string code, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.StartsWith("DependencyViolation", StringComparison.Ordinal) && action is not null && VpcActions.Contains(action))
        {
            return 400;
        }

        if (NotFoundExceptions.TryGetValue(code, out var exception))
        {
            return exception;
        }

        if (code.EndsWith(".NotFound", StringComparison.Ordinal))
        {
            return 404;
        }

        if (Forbidden.Contains(code))
        {
            return 403;
        }

        return code switch
        {
            GatewayErrors.RequestTimeoutCode => 408,
            "InternalError" => 500,
            "ServiceUnavailable" => 503,
            _ => 400,
        };
    }
}
