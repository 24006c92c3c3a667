using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Operations;

/// <summary><c>/metrics</c> counts what happened (values, not just names); <c>/healthz</c> and <c>/readyz</c> answer.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class MetricsAndHealthTests(ApiHostFixture host)
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Metrics_AfterKnownRequests_CountEachByActionAndCode()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var before = await PrometheusScrape.FromAsync(host.BaseAddress);

        for (var i = 0; i < 3; i++)
        {
            (await client.EcsAsync("DescribeRegions")).Ok();
        }

        for (var i = 0; i < 2; i++)
        {
            (await client.VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "bad"))).Fails("InvalidCidrBlock.Malformed");
        }

        (await client.EcsAsync("NoSuchAction")).Fails("InvalidApi.NotFound");
        var after = await PrometheusScrape.FromAsync(host.BaseAddress);

        Assert.Equal(3, Delta("sggrid_api_requests_total", ("action", "DescribeRegions"), ("code", "Success")));
        Assert.Equal(2, Delta("sggrid_api_requests_total", ("action", "CreateVpc"), ("code", "InvalidCidrBlock.Malformed")));
        Assert.Equal(1, Delta("sggrid_api_requests_total", ("action", "unknown"), ("code", "InvalidApi.NotFound")));
        Assert.Equal(3, Delta("sggrid_api_request_duration_seconds_count", ("action", "DescribeRegions")));
        Assert.True(Delta("sggrid_api_request_duration_seconds_sum", ("action", "DescribeRegions")) > 0);

        double Delta(string name, params (string, string)[] labels) => after.Value(name, labels) - before.Value(name, labels);
    }

    [Fact]
    public async Task Metrics_ExportOrleansAspNetCoreRuntimeAndGrainMeters()
    {
        var scrape = await PrometheusScrape.FromAsync(host.BaseAddress);

        Assert.True(scrape.Has("sggrid_filter_cache_entries"), "the filter cache gauge is exported");
        Assert.Contains("orleans_", scrape.Text, StringComparison.Ordinal);
        Assert.Contains("kestrel_", scrape.Text, StringComparison.Ordinal);
        Assert.Contains("dotnet_", scrape.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_ProcessAndSilo_AreHealthy(string path)
    {
        using var response = await Http.GetAsync(new Uri(host.BaseAddress, path));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
