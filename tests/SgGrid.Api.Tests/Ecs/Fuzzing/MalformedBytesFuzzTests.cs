using System.Text;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>
/// The fuzz's byte-level half (issue 14): 600 seeded requests whose bodies are not text or not whole — invalid UTF-8, overlong
/// encodings, escaped lone surrogates (in values and names), control characters, v1 signatures over JSON bodies, bodies cut
/// short — and a few stalled bodies at once. No answer is a 5xx (errors are 4xx ECS errors, or the connection closes); the host
/// writes no fail-level log line; the tenant's region is unchanged.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class MalformedBytesFuzzTests(ApiHostFixture host)
{
    private const int Requests = 600;
    private const int Seed = 20_261_202;

    private static readonly string[] Actions = ["CreateVpc", "CreateSecurityGroup", "AuthorizeSecurityGroup", "DescribeSecurityGroups", "CheckFlows"];

    [Fact]
    public async Task MalformedBytesAndBrokenBodies_AreNever5xx_LogNoFailure_AndChangeNothing()
    {
        var client = host.Client(ApiHostFixture.Mallory);
        var before = await SnapshotAsync(client);
        var failuresBefore = host.FailureLog.Count;
        var problems = new List<string>();
        var stalled = Enumerable.Range(0, 3).Select(_ => SendBrokenBodyAsync(new Random(Seed), stall: true)).ToArray();

        for (var i = 0; i < Requests; i++)
        {
            var random = new Random(Seed + i);
            var (what, status, body) = random.Next(10) == 0 ? await SendBrokenBodyAsync(random, stall: false) : await SendBadBytesAsync(random);
            // A read-only call may succeed (a control character in a parameter Describe does not take); whatever succeeded
            // must have changed nothing, which the snapshot checks.
            if (status >= 500 || (status >= 400 && !body.Contains("\"Code\":", StringComparison.Ordinal)))
            {
                problems.Add($"#{i} {what}: {status} {body[..Math.Min(200, body.Length)]}");
            }
        }

        foreach (var (what, status, body) in await Task.WhenAll(stalled))
        {
            if (status is not (408 or 0))
            {
                problems.Add($"{what}: {status} {body[..Math.Min(200, body.Length)]}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.Empty(host.FailureLog.Since(failuresBefore));
        Assert.Equal(before, await SnapshotAsync(client));
    }

    /// <summary>A whole, correctly signed request whose parameters are not text.</summary>
    private async Task<(string, int, string)> SendBadBytesAsync(Random random)
    {
        var action = Actions[random.Next(Actions.Length)];
        var version = action == "CreateVpc" ? "2016-04-28" : action == "CheckFlows" ? "2026-11-28" : "2014-05-26";
        var (kind, body) = random.Next(7) switch
        {
            0 => ("invalid UTF-8 value", Json(random, [0xC3, 0x28])),
            1 => ("overlong encoding", Json(random, [0xC0, 0xAF])),
            2 => ("truncated sequence", Json(random, [0xE2, 0x82])),
            3 => ("lone surrogate value", Encoding.UTF8.GetBytes($"{{\"RegionId\":\"cn-hangzhou\",\"Description\":\"x\\u{random.Next(0xD800, 0xE000):x4}y\"}}")),
            4 => ("lone surrogate name", Encoding.UTF8.GetBytes($"{{\"RegionId\":\"cn-hangzhou\",\"\\u{random.Next(0xD800, 0xE000):x4}\":\"y\"}}")),
            5 => ("control character", Encoding.UTF8.GetBytes($"{{\"RegionId\":\"cn-hangzhou\",\"Description\":\"x\\u{random.Next(0, 32):x4}y\",\"VpcId\":\"vpc-none\",\"CidrBlock\":\"10.0.0.0/8\"}}")),
            _ => ("random bytes", RandomBytes(random)),
        };
        var mode = random.Next(4) == 0 ? SignatureMode.V1 : SignatureMode.Acs3;
        var response = await host.Client(ApiHostFixture.Mallory, mode).CallAsync(action, version, [], new SigningOptions { JsonBodyBytes = body });
        return ($"{action} {mode} {kind}", response.Status, response.RawBody);
    }

    /// <summary>A signed form request whose body stops short (the sending side closed) or stalls (nothing more sent).</summary>
    private async Task<(string, int, string)> SendBrokenBodyAsync(Random random, bool stall)
    {
        using var request = host.Client(ApiHostFixture.Mallory).Build("CreateVpc", "2016-04-28", [], new SigningOptions
        {
            FormBody = [new("RegionId", "cn-hangzhou"), new("CidrBlock", "10.0.0.0/8"), new("Description", new string('d', 200 + random.Next(2000)))],
        });
        var sent = random.Next(0, 200);
        var answer = await RawHttp.SendPartialAsync(host.BaseAddress, request, sent, closeAfterSending: !stall, TimeSpan.FromSeconds(60));
        var status = RawHttp.StatusOf(answer);
        return ($"{(stall ? "stalled" : "truncated")} body after {sent} bytes", status, answer);
    }

    private static byte[] Json(Random random, byte[] bad) =>
        [.. "{\"RegionId\":\"cn-hangzhou\",\"Description\":\"a"u8, .. bad, .. Encoding.ASCII.GetBytes(new string('b', random.Next(5))), .. "\"}"u8];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 64)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static async Task<string> SnapshotAsync(EcsClient client)
    {
        var vpcs = (await client.VpcAsync("DescribeVpcs", ("RegionId", "cn-hangzhou"), ("PageSize", "50"))).Ok().Element("Vpcs").GetRawText();
        var groups = (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", "cn-hangzhou"), ("MaxResults", "100"))).Ok().Element("SecurityGroups").GetRawText();
        return vpcs + groups;
    }
}
