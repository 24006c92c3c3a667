using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Security;

/// <summary>Signatures and freshness over real HTTP, both signature versions: who may call, and when a call is refused.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class RequestAuthenticationTests(ApiHostFixture host)
{
    private static readonly KeyValuePair<string, string>[] CreateVpcInHangzhou = [new("RegionId", "cn-hangzhou"), new("CidrBlock", "not-a-cidr")];

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task WrongSecret_IsSignatureDoesNotMatch(SignatureMode mode)
    {
        var response = await host.Client(ApiHostFixture.Alice, mode).CallAsync("DescribeRegions", "2014-05-26", [], new SigningOptions { Secret = "wrong" });

        response.Fails("SignatureDoesNotMatch", 400);
        Assert.Contains("server string to sign is:", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task UnknownAccessKey_IsInvalidAccessKeyIdNotFound(SignatureMode mode)
    {
        var response = await host.Client(ApiHostFixture.Alice, mode).CallAsync("DescribeRegions", "2014-05-26", [], new SigningOptions { AccessKeyId = "nobody" });

        response.Fails("InvalidAccessKeyId.NotFound", 404);
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task AnotherTenantsKeyWithMySecret_IsSignatureDoesNotMatch(SignatureMode mode)
    {
        var response = await host.Client(ApiHostFixture.Alice, mode).CallAsync("DescribeRegions", "2014-05-26", [],
            new SigningOptions { AccessKeyId = ApiHostFixture.Bob.AccessKeyId });

        response.Fails("SignatureDoesNotMatch", 400);
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task ReplayedNonce_IsSignatureNonceUsed(SignatureMode mode)
    {
        var client = host.Client(ApiHostFixture.Alice, mode);
        var options = new SigningOptions { Nonce = Guid.NewGuid().ToString("N"), Time = DateTimeOffset.UtcNow };
        (await client.CallAsync("DescribeRegions", "2014-05-26", [], options)).Ok();

        var replay = await client.CallAsync("DescribeRegions", "2014-05-26", [], options);

        replay.Fails("SignatureNonceUsed", 400);
    }

    [Fact]
    public async Task SameNonce_OfAnotherTenant_IsAccepted()
    {
        var options = new SigningOptions { Nonce = Guid.NewGuid().ToString("N") };
        (await host.Client(ApiHostFixture.Alice).CallAsync("DescribeRegions", "2014-05-26", [], options)).Ok();

        var response = await host.Client(ApiHostFixture.Bob).CallAsync("DescribeRegions", "2014-05-26", [], options);

        response.Ok();
    }

    [Theory]
    [InlineData(SignatureMode.Acs3, -20)]
    [InlineData(SignatureMode.Acs3, 20)]
    [InlineData(SignatureMode.V1, -20)]
    [InlineData(SignatureMode.V1, 20)]
    public async Task TimestampOutsideTheWindow_IsInvalidTimeStampExpired(SignatureMode mode, int minutes)
    {
        var response = await host.Client(ApiHostFixture.Alice, mode).CallAsync("DescribeRegions", "2014-05-26", [],
            new SigningOptions { Time = DateTimeOffset.UtcNow.AddMinutes(minutes) });

        response.Fails("InvalidTimeStamp.Expired", 400);
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task TimestampWithinTheWindow_IsAccepted(SignatureMode mode)
    {
        var response = await host.Client(ApiHostFixture.Alice, mode).CallAsync("DescribeRegions", "2014-05-26", [],
            new SigningOptions { Time = DateTimeOffset.UtcNow.AddMinutes(-10) });

        response.Ok();
    }

    [Fact]
    public async Task UnsignedRequest_IsIncompleteSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "/?Action=DescribeRegions&Version=2014-05-26"));

        var response = await EcsClient.SendAsync(request);

        response.Fails("IncompleteSignature", 400);
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task ParameterChangedAfterSigning_IsSignatureDoesNotMatch(SignatureMode mode)
    {
        using var request = host.Client(ApiHostFixture.Alice, mode).Build("CreateVpc", "2016-04-28", CreateVpcInHangzhou);
        request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("not-a-cidr", "10.0.0.0%2F8", StringComparison.Ordinal));

        var response = await EcsClient.SendAsync(request);

        response.Fails("SignatureDoesNotMatch", 400);
    }

    [Fact]
    public async Task FormBodyChangedAfterSigning_IsSignatureDoesNotMatch()
    {
        using var request = host.Client(ApiHostFixture.Alice, SignatureMode.Acs3).Build("CreateVpc", "2016-04-28", [],
            new SigningOptions { FormBody = CreateVpcInHangzhou });
        request.Content = new StringContent("RegionId=cn-hangzhou&CidrBlock=10.0.0.0%2F8", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await EcsClient.SendAsync(request);

        response.Fails("SignatureDoesNotMatch", 400);
    }

    [Fact]
    public async Task AcsActionHeaderChangedAfterSigning_IsSignatureDoesNotMatch()
    {
        using var request = host.Client(ApiHostFixture.Alice, SignatureMode.Acs3).Build("DescribeRegions", "2014-05-26", []);
        request.Headers.Remove("x-acs-action");
        request.Headers.TryAddWithoutValidation("x-acs-action", "CreateVpc");

        var response = await EcsClient.SendAsync(request);

        response.Fails("SignatureDoesNotMatch", 400);
    }
}
