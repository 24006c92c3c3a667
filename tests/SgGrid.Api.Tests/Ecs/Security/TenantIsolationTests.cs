using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Security;

/// <summary>
/// A tenant never sees or touches another tenant's resources: another tenant's id answers exactly what an id that does
/// not exist answers (same status, same code, same message shape).
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class TenantIsolationTests(ApiHostFixture host)
{
    [Fact]
    public async Task CreateVSwitch_InAnotherTenantsVpc_LooksLikeAnUnknownVpc()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var bob = host.Client(ApiHostFixture.Bob);
        var unknown = "vpc-" + new string('0', 21);

        var foreign = await bob.VpcAsync("CreateVSwitch", ("RegionId", "cn-hangzhou"), ("VpcId", alice.VpcId), ("ZoneId", ApiRegion.ZoneId), ("CidrBlock", "10.0.7.0/24"));
        var missing = await bob.VpcAsync("CreateVSwitch", ("RegionId", "cn-hangzhou"), ("VpcId", unknown), ("ZoneId", ApiRegion.ZoneId), ("CidrBlock", "10.0.7.0/24"));

        AssertLookAlike(foreign, missing, alice.VpcId, unknown);
    }

    [Fact]
    public async Task CreateSecurityGroup_InAnotherTenantsVpc_LooksLikeAnUnknownVpc()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var bob = host.Client(ApiHostFixture.Bob);
        var unknown = "vpc-" + new string('1', 21);

        var foreign = await bob.EcsAsync("CreateSecurityGroup", ("RegionId", "cn-hangzhou"), ("VpcId", alice.VpcId));
        var missing = await bob.EcsAsync("CreateSecurityGroup", ("RegionId", "cn-hangzhou"), ("VpcId", unknown));

        AssertLookAlike(foreign, missing, alice.VpcId, unknown);
    }

    [Fact]
    public async Task OwnVpc_InAnotherRegion_LooksLikeAnUnknownVpc()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var vpc = (await client.VpcAsync("CreateVpc", ("RegionId", "cn-shanghai"), ("CidrBlock", "10.0.0.0/16"))).Ok().Get("VpcId");

        var response = await client.EcsAsync("CreateSecurityGroup", ("RegionId", "cn-hangzhou"), ("VpcId", vpc));

        response.Fails("InvalidVpcId.NotFound", 404);
    }

    /// <summary>Same status and code, and the same message once each names its own id.</summary>
    internal static void AssertLookAlike(EcsResponse foreign, EcsResponse missing, string foreignId, string missingId)
    {
        Assert.False(foreign.IsSuccess, foreign.ToString());
        Assert.Equal(missing.Status, foreign.Status);
        Assert.Equal(missing.Code, foreign.Code);
        Assert.Equal(missing.Message!.Replace(missingId, "<id>", StringComparison.Ordinal), foreign.Message!.Replace(foreignId, "<id>", StringComparison.Ordinal));
        Assert.Equal(
            missing.Body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            foreign.Body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
