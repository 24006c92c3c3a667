using System.Text;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14, points 2 and 6: what runs is what the signature covers. With v1 (HMAC-SHA1), which signs query and form
/// parameters only, an unsigned <c>x-acs-action</c>/<c>x-acs-version</c> header or a JSON body cannot change the call; with
/// ACS3 the headers that carry the action, version, date, nonce and body hash must be signed.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class GatewaySignatureBindingTests(ApiHostFixture host)
{
    [Fact]
    public async Task V1SignedDescribeRegions_WithUnsignedCreateHeaderAndJsonBody_IsRefused_AndCreatesNothing()
    {
        var client = host.Client(ApiHostFixture.Bob, SignatureMode.V1);
        var vpcId = (await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "10.0.0.0/8"))).Ok().Get("VpcId");
        var name = "smuggled-" + Guid.NewGuid().ToString("N")[..8];
        using var request = client.Build("DescribeRegions", "2014-05-26", []);
        request.Headers.Remove("x-acs-action");
        request.Headers.TryAddWithoutValidation("x-acs-action", "CreateSecurityGroup");
        request.Content = new StringContent($"{{\"RegionId\":\"cn-hangzhou\",\"VpcId\":\"{vpcId}\",\"SecurityGroupName\":\"{name}\"}}", Encoding.UTF8, "application/json");

        var response = await EcsClient.SendAsync(request);

        response.Fails("IncompleteSignature", 400);
        var groups = (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", "cn-hangzhou"), ("VpcId", vpcId))).Ok();
        Assert.DoesNotContain(name, groups.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1SignedDescribeOfOneGroup_WithJsonBodyNamingAnother_IsRefused()
    {
        var client = host.Client(ApiHostFixture.Bob, SignatureMode.V1);
        using var request = client.Build("DescribeSecurityGroupAttribute", "2014-05-26", [new("RegionId", "cn-hangzhou"), new("SecurityGroupId", "sg-signed000000000001")]);
        request.Content = new StringContent("{\"RegionId\":\"cn-hangzhou\",\"SecurityGroupId\":\"sg-smuggled00000000001\"}", Encoding.UTF8, "application/json");

        var response = await EcsClient.SendAsync(request);

        response.Fails("IncompleteSignature", 400);
        Assert.Contains("ACS3", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x-acs-action", "CreateSecurityGroup")]
    [InlineData("x-acs-version", "2016-04-28")]
    public async Task V1Signed_WithHeaderThatDisagreesWithTheSignedAction_IsRefused(string header, string value)
    {
        using var request = host.Client(ApiHostFixture.Bob, SignatureMode.V1).Build("DescribeRegions", "2014-05-26", []);
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await EcsClient.SendAsync(request);

        response.Fails("IncompleteSignature", 400);
        Assert.Contains(header, response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1Signed_FormBodyParameters_AreSignedAndServed()
    {
        // The region is named only in the signed form body: its refusal shows the body's parameter is the one acted on.
        var response = await host.Client(ApiHostFixture.Bob, SignatureMode.V1).CallAsync("DescribeSecurityGroups", "2014-05-26", [],
            new SigningOptions { FormBody = [new("RegionId", "xx-form-1")] });

        response.Fails("InvalidRegionId.NotFound", 404);
        Assert.Contains("xx-form-1", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x-acs-action")]
    [InlineData("x-acs-version")]
    [InlineData("x-acs-date")]
    [InlineData("x-acs-signature-nonce")]
    [InlineData("x-acs-content-sha256")]
    [InlineData("host")]
    public async Task Acs3_WithARequiredHeaderUnsigned_IsIncompleteSignature(string header)
    {
        var response = await host.Client(ApiHostFixture.Bob).CallAsync("DescribeRegions", "2014-05-26", [], new SigningOptions { UnsignedHeaders = [header] });

        response.Fails("IncompleteSignature", 400);
        Assert.Contains(header, response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acs3_SignedOnlyHost_CannotBeRepointedAtAnotherAction()
    {
        string[] allButHost = ["x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"];
        using var request = host.Client(ApiHostFixture.Bob).Build("DescribeRegions", "2014-05-26", [], new SigningOptions { UnsignedHeaders = allButHost });
        request.Headers.Remove("x-acs-action");
        request.Headers.TryAddWithoutValidation("x-acs-action", "DescribeZones");

        var response = await EcsClient.SendAsync(request);

        response.Fails("IncompleteSignature", 400);
    }

    [Fact]
    public async Task Acs3_HeaderAndQueryActionThatDisagree_AreRefused()
    {
        var response = await host.Client(ApiHostFixture.Bob).CallAsync("DescribeRegions", "2014-05-26", [new("Action", "CreateVpc")]);

        response.Fails("IncompleteSignature", 400);
    }
}
