using System.Text;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14, points 7 and 8: bytes that are not text in a JSON body, and bodies that stall or stop short, are the client's
/// fault — a 4xx ECS error and no fail-level log line, never a 500 with a stack trace.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class GatewayBodyTests(ApiHostFixture host)
{
    private static readonly KeyValuePair<string, string>[] InHangzhou = [new("RegionId", "cn-hangzhou")];

    [Theory]
    [InlineData("invalid UTF-8 in a value")]
    [InlineData("invalid UTF-8 in a name")]
    [InlineData("a lone surrogate in a value")]
    [InlineData("a lone surrogate in a name")]
    public async Task JsonBodyThatIsNotText_IsInvalidBodyMalformed_AndLogsNoFailure(string what)
    {
        var body = what switch
        {
            "invalid UTF-8 in a value" => [.. "{\"RegionId\":\"cn-hangzhou\",\"Description\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8],
            "invalid UTF-8 in a name" => [.. "{\"RegionId\":\"cn-hangzhou\",\""u8, 0xE0, 0x80, 0x80, .. "\":\"x\"}"u8],
            "a lone surrogate in a value" => Encoding.UTF8.GetBytes("{\"RegionId\":\"cn-hangzhou\",\"Description\":\"\\ud800\"}"),
            _ => Encoding.UTF8.GetBytes("{\"RegionId\":\"cn-hangzhou\",\"\\udc00x\":\"y\"}"),
        };
        var failuresBefore = host.FailureLog.Count;

        var response = await host.Client(ApiHostFixture.Mallory).CallAsync("DescribeSecurityGroups", "2014-05-26", InHangzhou, new SigningOptions { JsonBodyBytes = body });

        response.Fails("InvalidBody.Malformed", 400);
        Assert.Empty(host.FailureLog.Since(failuresBefore));
    }

    [Fact]
    public async Task TruncatedBody_IsAClientErrorOrAClose_AndLogsNoFailure()
    {
        using var request = SignedFormRequest();
        var failuresBefore = host.FailureLog.Count;

        var answer = await RawHttp.SendPartialAsync(host.BaseAddress, request, bodyBytesToSend: 100, closeAfterSending: true, TimeSpan.FromSeconds(60));

        // Kestrel reads the end of the stream as the client leaving, so there may be nobody left to answer; if an answer
        // is written, it is the client error.
        Assert.True(RawHttp.StatusOf(answer) == 0 || answer.Contains("\"Code\":\"InvalidBody.Malformed\"", StringComparison.Ordinal), answer);
        Assert.True(RawHttp.StatusOf(answer) is 400 or 0, answer);
        Assert.Empty(host.FailureLog.Since(failuresBefore));
        (await host.Client(ApiHostFixture.Mallory).EcsAsync("DescribeRegions")).Ok();
    }

    [Fact]
    public async Task StalledBodies_Are408RequestTimeout_AndLogNoFailure()
    {
        // Kestrel's minimum body data rate (240 bytes/s after a 5 s grace) ends each stalled read; several at once, as a
        // slowloris client would send them.
        var failuresBefore = host.FailureLog.Count;
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var request = SignedFormRequest();
            return await RawHttp.SendPartialAsync(host.BaseAddress, request, bodyBytesToSend: 10, closeAfterSending: false, TimeSpan.FromSeconds(60));
        }));

        Assert.All(answers, answer => Assert.True(RawHttp.StatusOf(answer) is 408 or 0, $"Expected 408 or a closed connection, got: {answer}"));
        Assert.Contains(answers, answer => answer.Contains("\"Code\":\"RequestTimeout\"", StringComparison.Ordinal));
        Assert.Empty(host.FailureLog.Since(failuresBefore));
    }

    /// <summary>An ACS3-signed CreateVpc whose parameters (about 1 KB) are in a form body.</summary>
    private HttpRequestMessage SignedFormRequest() =>
        host.Client(ApiHostFixture.Mallory).Build("CreateVpc", "2016-04-28", [], new SigningOptions
        {
            FormBody = [new("RegionId", "cn-hangzhou"), new("CidrBlock", "not-a-cidr"), new("Description", new string('d', 1000))],
        });
}
