using System.Globalization;
using SgGrid.Domain.Validation;

namespace SgGrid.Grains.Tests.Support;

/// <summary>Terse ECS permissions for tests: ingress names the source, egress the destination.</summary>
public static class Permissions
{
    public static PermissionRequest In(string protocol, string ports, string sourceCidr, int priority = 1, string policy = "accept") =>
        new() { IpProtocol = protocol, PortRange = ports, SourceCidrIp = sourceCidr, Priority = Text(priority), Policy = policy };

    public static PermissionRequest Out(string protocol, string ports, string destinationCidr, int priority = 1, string policy = "accept") =>
        new() { IpProtocol = protocol, PortRange = ports, DestCidrIp = destinationCidr, Priority = Text(priority), Policy = policy };

    public static PermissionRequest InFromGroup(string protocol, string ports, string groupId, int priority = 1, string policy = "accept") =>
        new() { IpProtocol = protocol, PortRange = ports, SourceGroupId = groupId, Priority = Text(priority), Policy = policy };

    public static PermissionRequest OutToGroup(string protocol, string ports, string groupId, int priority = 1, string policy = "accept") =>
        new() { IpProtocol = protocol, PortRange = ports, DestGroupId = groupId, Priority = Text(priority), Policy = policy };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
