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
    public async Task Metrics_AfterKnownFlowChecks_CountEachSideEvaluated()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var group = await region.CreateSecurityGroupAsync();
        var eni = (await client.EcsAsync("CreateNetworkInterface", ("RegionId", "cn-hangzhou"), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group))).Ok().Get("NetworkInterfaceId");
        var before = await PrometheusScrape.FromAsync(host.BaseAddress);

        // Inbound from the Internet with no rule: denied by the ENI's ingress (the external side is not evaluated).
        for (var i = 0; i < 4; i++)
        {
            (await client.CallAsync("CheckFlow", "2026-11-28", [new("RegionId", "cn-hangzhou"), new("Source", "198.51.100.1"), new("Destination", eni), new("Protocol", "TCP"), new("DestinationPort", "22")])).Ok();
        }

        // Outbound to the Internet: allowed by the basic group's egress default.
        (await client.CallAsync("CheckFlow", "2026-11-28", [new("RegionId", "cn-hangzhou"), new("Source", eni), new("Destination", "198.51.100.1"), new("Protocol", "TCP"), new("DestinationPort", "443")])).Ok();
        var after = await PrometheusScrape.FromAsync(host.BaseAddress);

        Assert.Equal(4, Delta("sggrid_flows_evaluated_total", ("direction", "ingress"), ("verdict", "deny")));
        Assert.Equal(1, Delta("sggrid_flows_evaluated_total", ("direction", "egress"), ("verdict", "allow")));
        Assert.Equal(5, Delta("sggrid_api_requests_total", ("action", "CheckFlow"), ("code", "Success")));

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

    [Fact]
    public async Task Dashboard_WhenEnabled_IsServedOnDashboard()
    {
        using var response = await Http.GetAsync(new Uri(host.BaseAddress, SgGrid.Silo.Hosting.SgGridApplication.DashboardPath));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
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
