using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The expected failures of an ENI's own limits, with ECS's codes and messages.</summary>
public static class NetworkInterfaceErrors
{
    public static EcsError TooManySecondaryAddresses(int limit) =>
        new(EcsErrorCodes.Ipv4CountExceeded, $"A network interface can have at most {limit} secondary private IPv4 addresses.");
}
