using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The expected failures of instances and of attaching ENIs to them, with ECS's codes and messages.</summary>
public static class InstanceErrors
{
    public static EcsError InstanceNotFound() => new(EcsErrorCodes.InstanceNotFound, "The specified InstanceId does not exist.");

    public static EcsError InstanceAlreadyExists() => new(EcsErrorCodes.AlreadyInSecurityGroup, "The specified InstanceId already exists.");

    public static EcsError VSwitchInOtherZone() =>
        new(EcsErrorCodes.VSwitchZoneMismatch, "Specified instance and virtual switch are not in the same zone.");

    public static EcsError NetworkInterfaceAttached() =>
        new(EcsErrorCodes.InvalidEniState, "The specified network interface is already attached to an instance.");

    public static EcsError NetworkInterfaceNotAttached() =>
        new(EcsErrorCodes.InvalidEniState, "The specified network interface is not attached to the specified instance.");

    public static EcsError NotSecondary() =>
        new(EcsErrorCodes.InvalidEniType, "Only a secondary network interface can be attached to or detached from an instance.");

    public static EcsError NetworkInterfaceInOtherVpc() =>
        new(EcsErrorCodes.VpcMismatch, "The specified network interface and instance are not in the same VPC.");

    public static EcsError NetworkInterfaceInOtherZone() =>
        new(EcsErrorCodes.AvailabilityZoneMismatch, "The specified network interface and instance are not in the same zone.");

    public static EcsError DetachPrimary() =>
        new(EcsErrorCodes.DetachPrimaryEniNotAllowed, "The primary network interface of an instance cannot be detached.");

    public static EcsError IncorrectStatus(string status) =>
        new(EcsErrorCodes.IncorrectInstanceStatus, $"The current status of the resource does not support this operation (the instance is {status}).");

    public static EcsError TooManyNetworkInterfaces(int limit) =>
        new(EcsErrorCodes.EniPerInstanceLimitExceeded, $"The instance can have at most {limit} network interfaces, the primary one included.");
}
