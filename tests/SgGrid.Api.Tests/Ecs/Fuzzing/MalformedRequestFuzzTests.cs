using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>
/// 10,000 malformed requests (seeded): every action's request broken in a way it must refuse — a required parameter
/// left out, an unserved region, ids that name nothing of the tenant's (garbage, unknown, another tenant's, huge), values of
/// the wrong type or out of range, bad list indexes, contradictions — with unknown parameters mixed in, in both signature
/// versions; unknown and mangled actions and versions; wrong secrets, unknown keys, stale or replayed signatures; unsigned
/// requests with broken percent-encoding; oversized values and bodies. Every answer is a 4xx with an ECS error body, never a
/// 5xx, and the region's state — everything the tenant has, described through the API — is the same afterwards.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class MalformedRequestFuzzTests(ApiHostFixture host)
{
    private const int Requests = 10_000;
    private const int Seed = 20_261_201;
    private const int Concurrency = 8;

    [Fact]
    public async Task TenThousandMalformedRequests_AreAll4xxEcsErrors_AndChangeNothing()
    {
        var region = await FuzzRegion.CreateAsync(host);
        var before = await region.SnapshotAsync();
        var failLinesBefore = host.FailureLog.Count;
        var failures = new ConcurrentQueue<string>();
        var codes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(Concurrency);
        var tasks = new List<Task>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            var seed = Seed + i;
            await gate.WaitAsync();
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    var (description, response) = await SendOneAsync(new Random(seed), region);
                    if (Problem(response) is { } problem)
                    {
                        failures.Enqueue($"#{seed - Seed} {description}: {problem}");
                    }
                    else
                    {
                        codes.AddOrUpdate(response.Code!, 1, (_, n) => n + 1);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"#{seed - Seed}: the connection failed: {exception.Message}");
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        await Task.WhenAll(tasks);
        var oversized = await OversizedBodyAsync();
        var after = await region.SnapshotAsync();

        Assert.True(failures.IsEmpty, $"{failures.Count} of {Requests} answers were not 4xx ECS errors:\n" + string.Join("\n", failures.Take(25)));
        Assert.Null(Problem(oversized));
        Assert.Equal(before, after);
        Assert.Empty(host.FailureLog.Since(failLinesBefore)); // client input never writes a fail-level line
        Assert.True(codes.Count >= 40, $"The fuzz should meet many distinct errors; it met {codes.Count}: {string.Join(", ", codes.Keys.Order())}");
        (await region.Mallory.EcsAsync("DescribeRegions")).Ok();
    }

    /// <summary>Why an answer is not a proper ECS client error, or null when it is.</summary>
    private static string? Problem(EcsResponse response)
    {
        if (response.Status is < 400 or > 499)
        {
            return $"status {response.Status}: {Truncate(response.RawBody)}";
        }

        if (response.Body.ValueKind != JsonValueKind.Object)
        {
            return $"status {response.Status} without a JSON object body: {Truncate(response.RawBody)}";
        }

        foreach (var field in new[] { "RequestId", "HostId", "Code", "Message", "Recommend" })
        {
            if (!response.Body.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || (field != "HostId" && value.GetString()!.Length == 0))
            {
                return $"status {response.Status}, field {field} missing or empty: {Truncate(response.RawBody)}";
            }
        }

        return null;
    }

    private async Task<(string Description, EcsResponse Response)> SendOneAsync(Random random, FuzzRegion region)
    {
        var template = FuzzCatalog.Templates[random.Next(FuzzCatalog.Templates.Count)];
        var client = host.Client(ApiHostFixture.Mallory, random.Next(2) == 0 ? SignatureMode.Acs3 : SignatureMode.V1);
        var category = random.Next(100);
        if (category < 76)
        {
            var (parameters, description) = Broken(template, random, region);
            return ($"{template.Action} {description}", await client.CallAsync(template.Action, template.Version, parameters));
        }

        var valid = template.Base.Select(p => KeyValuePair.Create(p.Name, Resolve(p.Value, region))).ToList();
        if (category < 84)
        {
            var action = random.Next(4) switch
            {
                0 => template.Action.ToLowerInvariant(),
                1 => template.Action[..random.Next(1, template.Action.Length)],
                2 => template.Action + "s",
                _ => FuzzValues.AsciiGarbage(random),
            };
            return ($"action '{action}'", await client.CallAsync(action, template.Version, valid));
        }

        if (category < 89)
        {
            var version = random.Next(4) switch { 0 => "2014-05-25", 1 => "2099-01-01", 2 => FuzzValues.AsciiGarbage(random), _ => "latest" };
            return ($"{template.Action} version '{version}'", await client.CallAsync(template.Action, version, valid));
        }

        if (category < 95)
        {
            var (broken, what) = Broken(template, random, region);
            var (options, signing) = random.Next(5) switch
            {
                0 => (new SigningOptions { Secret = "not-the-secret" }, "wrong secret"),
                1 => (new SigningOptions { AccessKeyId = "nobody-" + random.Next(1000) }, "unknown key"),
                2 => (new SigningOptions { Time = DateTimeOffset.UtcNow.AddMinutes(-30) }, "stale timestamp"),
                3 => (new SigningOptions { Time = DateTimeOffset.UtcNow.AddHours(3) }, "future timestamp"),
                _ => (new SigningOptions { Nonce = "replayed-" + random.Next(int.MaxValue) }, "replayed nonce"),
            };
            var first = await client.CallAsync(template.Action, template.Version, broken, options);
            if (signing != "replayed nonce")
            {
                return ($"{template.Action} {what}, {signing}", first);
            }

            if (Problem(first) is { } problem)
            {
                return ($"{template.Action} {what}, first of a replay", first);
            }

            return ($"{template.Action} {what}, {signing}", await client.CallAsync(template.Action, template.Version, broken, options));
        }

        return await UnsignedAsync(random, template);
    }

    /// <summary>The template's request with one or two breaks and some noise.</summary>
    private static (List<KeyValuePair<string, string>> Parameters, string Description) Broken(FuzzTemplate template, Random random, FuzzRegion region)
    {
        var parameters = template.Base.ToDictionary(p => p.Name, p => Resolve(p.Value, region), StringComparer.Ordinal);
        var descriptions = new List<string>();
        var breaks = random.Next(4) == 0 ? 2 : 1;
        for (var b = 0; b < breaks; b++)
        {
            var fuzzBreak = template.Breaks[random.Next(template.Breaks.Length)];
            if (fuzzBreak.Kind == FuzzKind.Indexes)
            {
                foreach (var (name, value) in FuzzValues.BadIndexes(fuzzBreak, random))
                {
                    parameters[name] = value;
                    descriptions.Add($"{name}={Truncate(value)}");
                }

                continue;
            }

            var spoiled = FuzzValues.For(fuzzBreak, random, region.Ids);
            if (spoiled is null)
            {
                parameters.Remove(fuzzBreak.Parameter);
            }
            else
            {
                parameters[fuzzBreak.Parameter] = spoiled;
            }

            descriptions.Add($"{fuzzBreak.Parameter}={(spoiled is null ? "<absent>" : Truncate(spoiled))}");
        }

        for (var n = random.Next(3); n > 0; n--)
        {
            var (name, value) = FuzzValues.Noise(random);
            parameters.TryAdd(name, value);
        }

        return ([.. parameters.Select(p => KeyValuePair.Create(p.Key, p.Value))], string.Join(", ", descriptions));
    }

    /// <summary>A request without a valid signature whose query or form body is broken percent-encoding.</summary>
    private async Task<(string, EcsResponse)> UnsignedAsync(Random random, FuzzTemplate template)
    {
        var junk = random.Next(4) switch
        {
            0 => "%ZZ%C3%28%",
            1 => "%FF%FE%00=%E0%80%80",
            2 => "&&&===&%",
            _ => Uri.EscapeDataString(FuzzValues.Garbage(random)) + "%C",
        };
        var query = $"/?Action={template.Action}&Version={template.Version}&RegionId=cn-hangzhou&{junk}&Signature=x&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&AccessKeyId={ApiHostFixture.Mallory.AccessKeyId}&SignatureNonce={random.Next()}&Timestamp=now";
        using var request = new HttpRequestMessage(random.Next(2) == 0 ? HttpMethod.Post : HttpMethod.Get, new Uri(host.BaseAddress, query));
        if (random.Next(2) == 0)
        {
            request.Method = HttpMethod.Post;
            request.Content = new StringContent(junk + "&Permissions.1.IpProtocol=%", Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        if (random.Next(3) == 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Pick(random, ["ACS3-HMAC-SHA256", "ACS3-HMAC-SHA256 Credential=", "Bearer x", "ACS3-HMAC-SHA256 Credential=mallory-key,SignedHeaders=host,Signature=00"]));
        }

        return ($"unsigned {template.Action} with '{junk}'", await EcsClient.SendAsync(request));
    }

    /// <summary>A form body past the endpoint's 16 MB limit: refused with an ECS error, not a dropped connection.</summary>
    private async Task<EcsResponse> OversizedBodyAsync()
    {
        var body = "RegionId=cn-hangzhou&Description=" + new string('x', 17 * 1024 * 1024);
        using var request = host.Client(ApiHostFixture.Mallory).Build("CreateVpc", "2016-04-28", []);
        request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        request.Headers.ExpectContinue = true; // the server answers before the body is sent, as HTTP intends
        return await EcsClient.SendAsync(request);
    }

    private static string Resolve(string value, FuzzRegion region) =>
        value.StartsWith('{') && value.EndsWith('}') ? region.Ids[value[1..^1]] : value;

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Truncate(string text) => text.Length <= 120 ? text : text[..120] + $"…({text.Length} chars)";
}
