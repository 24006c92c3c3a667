using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Errors;

/// <summary>The errors the ENI and instance actions answer themselves (before or instead of a grain), with ECS's codes and messages.</summary>
public static class InstanceApiErrors
{
    public static EcsError InstanceNotFound() => new(EcsErrorCodes.InstanceNotFound, "The specified InstanceId does not exist.");

    /// <summary>Attach/DetachNetworkInterface's spelling of a missing instance.</summary>
    public static EcsError EcsInstanceNotFound() => new(EcsErrorCodes.EcsInstanceNotFound, "The specified ECS instance does not exist.");

    public static EcsError NetworkInterfaceNotFound() => new(EcsErrorCodes.NetworkInterfaceNotFound, "The specified NetworkInterfaceId does not exist.");

    public static EcsError SecurityGroupNotFound() => new(EcsErrorCodes.SecurityGroupNotFound, "The specified SecurityGroupId does not exist.");

    public static EcsError GroupNotInVSwitchVpc() =>
        new(EcsErrorCodes.VpcMismatch, "The specified security group and vSwitch are not in the same VPC.");

    /// <summary>RunInstances' spelling of a group outside the vSwitch's VPC.</summary>
    public static EcsError InconsistentNetwork() =>
        new(EcsErrorCodes.InconsistentNetwork, "The specified security group and vswitch are not in the same vpc.");

    public static EcsError Conflict(string first, string second) =>
        new(EcsErrorCodes.InvalidParameterConflict, $"{first} and {second} cannot both be specified.");

    public static EcsError OneOf(string first, string second) =>
        new(EcsErrorCodes.MissingParameter, $"One of {first} and {second} must be specified.");

    /// <summary>RunInstances' required parameters, which ECS checks itself (launch templates could supply them).</summary>
    public static EcsError MissingParameter(string name) =>
        new(EcsErrorCodes.MissingParameter, $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied.");

    public static EcsError Unsupported(string parameter, string reason) =>
        new(EcsErrorCodes.UnsupportedParameter, $"The parameter {parameter} is not supported: {reason}");

    public static EcsError Ipv6NotTurnOn(string vSwitchId) =>
        new(EcsErrorCodes.VSwitchIpv6NotTurnOn,
            $"The specified VSwitch \"{vSwitchId}\" has no IPv6 CIDR block: create it with Ipv6CidrBlock in a VPC with EnableIpv6.");

    public static EcsError IncorrectInstanceStatus(string status = "Running") =>
        new(EcsErrorCodes.IncorrectInstanceStatus,
            $"The current status of the resource does not support this operation: the instance is {status}; stop it first, or set Force=true to release it.");

    /// <summary>DeleteInstance(s) of an instance with DeletionProtection, Force or not (ModifyInstanceAttribute turns it off).</summary>
    public static EcsError DeletionProtected() =>
        new("InvalidOperation.DeletionProtection", "The instance has deletion protection enabled; turn it off with ModifyInstanceAttribute DeletionProtection=false first.");
}
