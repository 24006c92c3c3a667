using System.Text;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14, point 3: an unauthenticated request costs a head's worth of work. Its body is not read when the signature can be
/// checked without it (ACS3; v1 without its signature in the query), and parameters are counted on the raw bytes before
/// any is decoded. Each test sends a head that declares a 16 MB body and never sends it: an answer that comes at all shows
/// the body was not waited for (a read would end in 408 after Kestrel's 5 s grace).
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class GatewayAmplificationTests(ApiHostFixture host)
{
    private const int SixteenMegabytes = 16 * 1024 * 1024 - 1024;

    [Fact]
    public async Task Acs3WithWrongSecret_AndADeclaredHugeBody_IsRefusedWithoutReadingTheBody()
    {
        using var request = host.Client(ApiHostFixture.Mallory).Build("CreateVpc", "2016-04-28", [], new SigningOptions
        {
            Secret = "not-the-secret",
            FormBody = [new("RegionId", "cn-hangzhou"), new("Description", new string('a', SixteenMegabytes))],
        });

        var answer = await RawHttp.SendPartialAsync(host.BaseAddress, request, bodyBytesToSend: 0, closeAfterSending: false, TimeSpan.FromSeconds(60));

        Assert.Contains("\"Code\":\"SignatureDoesNotMatch\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsignedFormBody_OfSixteenMegabytes_IsRefusedWithoutReadingTheBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "/?Action=CreateVpc&Version=2016-04-28"))
        {
            Content = new StringContent(string.Concat(Enumerable.Repeat("a&", SixteenMegabytes / 2)), Encoding.ASCII, "application/x-www-form-urlencoded"),
        };

        var answer = await RawHttp.SendPartialAsync(host.BaseAddress, request, bodyBytesToSend: 0, closeAfterSending: false, TimeSpan.FromSeconds(60));

        Assert.Contains("\"Code\":\"IncompleteSignature\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1FormBody_WithMoreParametersThanTheCap_IsTooLarge_BeforeAnyIsDecoded()
    {
        // The signature in the query is garbage: the cap answers first, so the parameters were never parsed to check it.
        var query = $"/?Action=CreateVpc&Version=2016-04-28&AccessKeyId={ApiHostFixture.Mallory.AccessKeyId}&Signature=x&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce={Guid.NewGuid():N}&Timestamp=2026-12-02T10:00:00Z";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, query))
        {
            Content = new StringContent(string.Concat(Enumerable.Repeat("a&", 250_000)), Encoding.ASCII, "application/x-www-form-urlencoded"),
        };

        var response = await EcsClient.SendAsync(request);

        response.Fails("InvalidParameter.TooLarge", 400);
        Assert.Contains("200000 parameters", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1WithUnknownAccessKeyInTheQuery_IsRefusedWithoutReadingTheBody()
    {
        var query = "/?Action=CreateVpc&Version=2016-04-28&AccessKeyId=nobody&Signature=x&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=1&Timestamp=2026-12-02T10:00:00Z";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, query))
        {
            Content = new StringContent("RegionId=cn-hangzhou&Description=" + new string('a', SixteenMegabytes), Encoding.ASCII, "application/x-www-form-urlencoded"),
        };

        var answer = await RawHttp.SendPartialAsync(host.BaseAddress, request, bodyBytesToSend: 0, closeAfterSending: false, TimeSpan.FromSeconds(60));

        Assert.Contains("\"Code\":\"InvalidAccessKeyId.NotFound\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acs3SignedJsonBody_IsReadOnceAndServed()
    {
        var response = await host.Client(ApiHostFixture.Mallory).CallAsync("DescribeSecurityGroups", "2014-05-26", [], new SigningOptions { JsonBody = "{\"RegionId\":\"xx-json-1\"}" });

        response.Fails("InvalidRegionId.NotFound", 404);
        Assert.Contains("xx-json-1", response.Message, StringComparison.Ordinal);
    }
}
