using SgGrid.Domain.Addresses;

namespace SgGrid.Api.Tests.Support;

/// <summary>
/// A fresh VPC (10.0.0.0/16, IPv6 enabled) with one vSwitch (10.0.1.0/24 and an IPv6 /64, in cn-hangzhou-h), made through
/// the API for one test; <c>ipv6: false</c> makes both IPv4 only.
/// </summary>
public sealed record ApiRegion(EcsClient Client, string VpcId, string VSwitchId, IpCidr? Ipv6Block)
{
    /// <summary>The VPC's IPv4 and IPv6 blocks (its internal network with the private ranges, decision D2).</summary>
    public AddressSet VpcBlocks { get; init; } = AddressSet.Empty;

    public const string RegionId = "cn-hangzhou";
    public const string ZoneId = "cn-hangzhou-h";

    public static async Task<ApiRegion> CreateAsync(EcsClient client, string vpcCidr = "10.0.0.0/16", string vSwitchCidr = "10.0.1.0/24", bool ipv6 = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        var vpc = (await client.VpcAsync("CreateVpc", ("RegionId", RegionId), ("CidrBlock", vpcCidr), ("EnableIpv6", ipv6 ? "true" : "false"))).Ok().Get("VpcId");
        (string, string)[] vSwitchParameters = [("RegionId", RegionId), ("VpcId", vpc), ("ZoneId", ZoneId), ("CidrBlock", vSwitchCidr)];
        var vSwitch = (await client.VpcAsync("CreateVSwitch", ipv6 ? [.. vSwitchParameters, ("Ipv6CidrBlock", "1")] : vSwitchParameters)).Ok().Get("VSwitchId");
        IpCidr? block = null;
        if (ipv6)
        {
            var described = (await client.VpcAsync("DescribeVSwitches", ("RegionId", RegionId), ("VSwitchId", vSwitch))).Ok();
            block = IpCidr.Parse(described.Element("VSwitches.VSwitch")[0].GetProperty("Ipv6CidrBlock").GetString()!);
        }

        var vpcSet = (await client.VpcAsync("DescribeVpcs", ("RegionId", RegionId), ("VpcId", vpc))).Ok().Element("Vpcs.Vpc")[0];
        var vpcBlocks = new List<IpCidr> { IpCidr.Parse(vpcSet.GetProperty("CidrBlock").GetString()!) };
        if (vpcSet.TryGetProperty("Ipv6CidrBlock", out var ipv6Block) && ipv6Block.GetString() is { Length: > 0 } ipv6Text)
        {
            vpcBlocks.Add(IpCidr.Parse(ipv6Text));
        }

        return new ApiRegion(client, vpc, vSwitch, block) { VpcBlocks = AddressSet.FromCidrs(vpcBlocks) };
    }

    /// <summary>The address <paramref name="host"/> (hex, e.g. <c>a</c>) of the vSwitch's IPv6 block, as text.</summary>
    public string Ipv6(string host) =>
        new NetworkAddress(Ipv6Block!.Value.First + UInt128.Parse(host, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture), IpFamily.IPv6).ToString();

    /// <summary>Creates a security group in the VPC (basic unless <paramref name="type"/> says enterprise).</summary>
    public async Task<string> CreateSecurityGroupAsync(string type = "normal", string? name = null) =>
        (await Client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", VpcId), ("SecurityGroupType", type),
            ("SecurityGroupName", name ?? "sg-test"))).Ok().Get("SecurityGroupId");
}
