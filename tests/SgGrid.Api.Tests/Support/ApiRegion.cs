namespace SgGrid.Api.Tests.Support;

/// <summary>A fresh VPC (10.0.0.0/16) with one vSwitch (10.0.1.0/24 in cn-hangzhou-h), made through the API for one test.</summary>
public sealed record ApiRegion(EcsClient Client, string VpcId, string VSwitchId)
{
    public const string RegionId = "cn-hangzhou";
    public const string ZoneId = "cn-hangzhou-h";

    public static async Task<ApiRegion> CreateAsync(EcsClient client, string vpcCidr = "10.0.0.0/16", string vSwitchCidr = "10.0.1.0/24")
    {
        ArgumentNullException.ThrowIfNull(client);
        var vpc = (await client.VpcAsync("CreateVpc", ("RegionId", RegionId), ("CidrBlock", vpcCidr))).Ok().Get("VpcId");
        var vSwitch = (await client.VpcAsync("CreateVSwitch", ("RegionId", RegionId), ("VpcId", vpc), ("ZoneId", ZoneId), ("CidrBlock", vSwitchCidr))).Ok().Get("VSwitchId");
        return new ApiRegion(client, vpc, vSwitch);
    }

    /// <summary>Creates a security group in the VPC (basic unless <paramref name="type"/> says enterprise).</summary>
    public async Task<string> CreateSecurityGroupAsync(string type = "normal", string? name = null) =>
        (await Client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", VpcId), ("SecurityGroupType", type),
            ("SecurityGroupName", name ?? "sg-test"))).Ok().Get("SecurityGroupId");
}
