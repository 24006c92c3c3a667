using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The expected failures of an ENI's own limits, with ECS's codes and messages.</summary>
public static class NetworkInterfaceErrors
{
    public static EcsError TooManySecondaryAddresses(int limit) =>
        new(EcsErrorCodes.Ipv4CountExceeded, $"A network interface can have at most {limit} secondary private IPv4 addresses.");

    public static EcsError Ipv6NotTurnOn(string vSwitchId) =>
        new(EcsErrorCodes.VSwitchIpv6NotTurnOn, $"The specified VSwitch \"{vSwitchId}\" has no IPv6 CIDR block: create it with Ipv6CidrBlock in a VPC with EnableIpv6.");

    public static EcsError Ipv6OutsideVSwitch(string address, string block) =>
        new(EcsErrorCodes.VSwitchIpInvalid, $"The IPv6 address {address} is not in the vSwitch's IPv6 CIDR block {block}.");
}
