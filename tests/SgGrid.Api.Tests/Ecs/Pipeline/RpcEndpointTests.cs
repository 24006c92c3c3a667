using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Pipeline;

/// <summary>The endpoint over real HTTP: dispatch, answer shapes, errors, DryRun and ClientToken idempotency.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class RpcEndpointTests(ApiHostFixture host)
{
    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task DescribeRegions_EitherSignature_ListsServedRegionsWithRequestId(SignatureMode mode)
    {
        var response = (await host.Client(ApiHostFixture.Alice, mode).EcsAsync("DescribeRegions", ("AcceptLanguage", "en-US"))).Ok();

        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", response.RequestId);
        var regions = response.Element("Regions.Region").EnumerateArray().ToArray();
        Assert.Equal("cn-hangzhou", regions[0].GetProperty("RegionId").GetString());
        Assert.Equal("China (Hangzhou)", regions[0].GetProperty("LocalName").GetString());
        Assert.Equal("ecs.cn-hangzhou.aliyuncs.com", regions[0].GetProperty("RegionEndpoint").GetString());
    }

    [Fact]
    public async Task UnknownAction_IsInvalidApiNotFound_WithTheEcsErrorBody()
    {
        var response = await host.Client(ApiHostFixture.Alice).EcsAsync("DescribeNothing");

        response.Fails("InvalidApi.NotFound", 404);
        foreach (var field in new[] { "RequestId", "HostId", "Code", "Message", "Recommend" })
        {
            Assert.Equal(JsonValueKind.String, response.Body.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public async Task KnownActionOfAnotherVersion_IsInvalidApiNotFound()
    {
        // An ECS action asked under the VPC version.
        var response = await host.Client(ApiHostFixture.Alice).VpcAsync("DescribeSecurityGroups");

        response.Fails("InvalidApi.NotFound", 404);
    }

    [Fact]
    public async Task UnservedRegion_IsInvalidRegionIdNotFound()
    {
        var response = await host.Client(ApiHostFixture.Alice).VpcAsync("CreateVpc", ("RegionId", "mars-north-1"));

        response.Fails("InvalidRegionId.NotFound", 404);
    }

    [Fact]
    public async Task MissingRequiredParameter_IsMissingName()
    {
        var response = await host.Client(ApiHostFixture.Alice).VpcAsync("CreateVpc");

        response.Fails("MissingRegionId", 400);
    }

    [Fact]
    public async Task DryRun_ValidRequest_IsDryRunOperationAndCreatesNothing()
    {
        var client = host.Client(ApiHostFixture.Alice);

        var response = await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("DryRun", "true"), ("VpcName", "dry-run-only"));

        response.Fails("DryRunOperation", 400);
    }

    [Fact]
    public async Task ClientToken_SameParameters_AnswersTheSameVpc()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var token = Guid.NewGuid().ToString("N");

        var first = (await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "10.8.0.0/16"), ("ClientToken", token))).Ok();
        var again = (await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("ClientToken", token), ("CidrBlock", "10.8.0.0/16"))).Ok();

        Assert.Equal(first.Get("VpcId"), again.Get("VpcId"));
        Assert.NotEqual(first.RequestId, again.RequestId);
    }

    [Fact]
    public async Task ClientToken_OtherParameters_IsIdempotentParameterMismatch()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var token = Guid.NewGuid().ToString("N");
        (await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "10.9.0.0/16"), ("ClientToken", token))).Ok();

        var response = await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "10.10.0.0/16"), ("ClientToken", token));

        response.Fails("IdempotentParameterMismatch", 400);
    }

    [Fact]
    public async Task ClientToken_AfterAFailure_IsFreeForACorrectedRequest()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var token = Guid.NewGuid().ToString("N");
        (await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "bad"), ("ClientToken", token))).Fails("InvalidCidrBlock.Malformed");

        var response = await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "10.11.0.0/16"), ("ClientToken", token));

        response.Ok();
    }

    [Fact]
    public async Task ClientToken_OfAnotherTenant_IsIndependent()
    {
        var token = Guid.NewGuid().ToString("N");
        var alice = (await host.Client(ApiHostFixture.Alice).VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("ClientToken", token))).Ok();

        var bob = (await host.Client(ApiHostFixture.Bob).VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("ClientToken", token))).Ok();

        Assert.NotEqual(alice.Get("VpcId"), bob.Get("VpcId"));
    }

    [Fact]
    public async Task FormBodyParameters_AreReadLikeQueryParameters()
    {
        var client = host.Client(ApiHostFixture.Alice, SignatureMode.V1);

        var response = await client.CallAsync("CreateVpc", "2016-04-28", [], new SigningOptions
        {
            FormBody = [new("RegionId", "cn-hangzhou"), new("CidrBlock", "not-a-cidr")],
        });

        response.Fails("InvalidCidrBlock.Malformed");
    }

    [Fact]
    public async Task UnsupportedMethod_IsAnEcsError()
    {
        var request = host.Client(ApiHostFixture.Alice).Build("DescribeRegions", "2014-05-26", [], new SigningOptions { Method = HttpMethod.Put });

        var response = await EcsClient.SendAsync(request);

        response.Fails("UnsupportedHTTPMethod", 400);
    }
}
