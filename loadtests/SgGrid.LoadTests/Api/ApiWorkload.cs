using System.Globalization;

namespace SgGrid.LoadTests.Api;

/// <summary>
/// The resources the api mode makes through the API (a VPC, a vSwitch, three groups, ENIs) and the request streams over
/// them: CheckFlow (and CheckFlows, when served), mutation pairs and describes.
/// </summary>
internal sealed class ApiWorkload
{
    public const string Ecs = "2014-05-26";
    public const string Vpc = "2016-04-28";
    public const string Simulation = "2026-11-28";

    public static readonly IReadOnlyList<string> AllActions =
    [
        "CheckFlow", "CheckFlows", "AuthorizeSecurityGroup", "RevokeSecurityGroup", "JoinSecurityGroup", "LeaveSecurityGroup",
        "ModifySecurityGroupPolicy", "DescribeSecurityGroups", "DescribeSecurityGroupAttribute", "DescribeNetworkInterfaces",
    ];

    private readonly string _region;
    private string _vpc = "";
    private string _web = "";
    private string _db = "";
    private string _spare = "";
    private readonly List<(string Id, string Address)> _enis = [];

    public ApiWorkload(string regionId) => _region = regionId;

    public async Task SetUpAsync(ApiClient client, int networkInterfaces)
    {
        ArgumentNullException.ThrowIfNull(client);
        _vpc = (await client.CallAsync("CreateVpc", Vpc, ("RegionId", _region), ("CidrBlock", "10.0.0.0/16"))).Ok().Get("VpcId");
        var vSwitch = (await client.CallAsync("CreateVSwitch", Vpc, ("RegionId", _region), ("VpcId", _vpc), ("ZoneId", _region + "-h"), ("CidrBlock", "10.0.1.0/24"))).Ok().Get("VSwitchId");
        _web = await GroupAsync(client, "web");
        _db = await GroupAsync(client, "db");
        _spare = await GroupAsync(client, "spare");
        (await client.CallAsync("AuthorizeSecurityGroup", Ecs, [
            new("RegionId", _region), new("SecurityGroupId", _web),
            .. Permission(1, "TCP", "80/80", "0.0.0.0/0"), .. Permission(2, "TCP", "443/443", "0.0.0.0/0"), .. Permission(3, "TCP", "22/22", "10.0.0.0/8")])).Ok();
        (await client.CallAsync("AuthorizeSecurityGroup", Ecs, [
            new("RegionId", _region), new("SecurityGroupId", _db),
            .. Permission(1, "TCP", "3306/3306", "10.0.1.0/24"), .. Permission(2, "TCP", "22/22", "10.0.0.0/8")])).Ok();
        for (var i = 0; i < networkInterfaces; i++)
        {
            var answer = (await client.CallAsync("CreateNetworkInterface", Ecs, ("RegionId", _region), ("VSwitchId", vSwitch), ("SecurityGroupId", i % 2 == 0 ? _web : _db))).Ok();
            var id = answer.Get("NetworkInterfaceId");
            var address = answer.Body.TryGetProperty("PrivateIpAddress", out var ip) ? ip.GetString() ?? "" : "";
            _enis.Add((id, address));
        }
    }

    /// <summary>The streams for <paramref name="options"/>' actions (CheckFlows only when <paramref name="batchServed"/>).</summary>
    public IReadOnlyList<ApiStream> Streams(ApiOptions options, bool batchServed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wanted = new HashSet<string>(options.Actions, StringComparer.OrdinalIgnoreCase);
        var streams = new List<ApiStream>();
        if (wanted.Contains("CheckFlow"))
        {
            streams.Add(new ApiStream("CheckFlow", "flow", options.FlowRate, false, CheckFlow));
        }

        if (wanted.Contains("CheckFlows") && batchServed)
        {
            streams.Add(new ApiStream("CheckFlows", "flow", Math.Max(1, options.FlowRate / 100), false, k => CheckFlows(k)));
        }

        if (wanted.Contains("AuthorizeSecurityGroup") || wanted.Contains("RevokeSecurityGroup"))
        {
            streams.Add(new ApiStream("AuthorizeSecurityGroup/RevokeSecurityGroup", "mutation", options.MutationRate, true, k =>
            {
                var port = (20_000 + (k / 2 % 10_000)).ToString(CultureInfo.InvariantCulture);
                return new ApiCall(k % 2 == 0 ? "AuthorizeSecurityGroup" : "RevokeSecurityGroup", Ecs,
                    [new("RegionId", _region), new("SecurityGroupId", _web), .. Permission(1, "TCP", $"{port}/{port}", "0.0.0.0/0")]);
            }));
        }

        if (wanted.Contains("JoinSecurityGroup") || wanted.Contains("LeaveSecurityGroup"))
        {
            streams.Add(new ApiStream("JoinSecurityGroup/LeaveSecurityGroup", "mutation", options.MutationRate, true, k =>
                new ApiCall(k % 2 == 0 ? "JoinSecurityGroup" : "LeaveSecurityGroup", Ecs,
                    [new("RegionId", _region), new("NetworkInterfaceId", _enis[(int)(k / 2 % _enis.Count)].Id), new("SecurityGroupId", _spare)])));
        }

        if (wanted.Contains("ModifySecurityGroupPolicy"))
        {
            streams.Add(new ApiStream("ModifySecurityGroupPolicy", "mutation", options.MutationRate, true, k =>
                new ApiCall("ModifySecurityGroupPolicy", Ecs, [new("RegionId", _region), new("SecurityGroupId", _db), new("InnerAccessPolicy", k % 2 == 0 ? "Drop" : "Accept")])));
        }

        if (wanted.Contains("DescribeSecurityGroups"))
        {
            streams.Add(new ApiStream("DescribeSecurityGroups", "describe", options.DescribeRate, false, _ =>
                new ApiCall("DescribeSecurityGroups", Ecs, [new("RegionId", _region), new("VpcId", _vpc)])));
        }

        if (wanted.Contains("DescribeSecurityGroupAttribute"))
        {
            streams.Add(new ApiStream("DescribeSecurityGroupAttribute", "describe", options.DescribeRate, false, k =>
                new ApiCall("DescribeSecurityGroupAttribute", Ecs, [new("RegionId", _region), new("SecurityGroupId", k % 2 == 0 ? _web : _db)])));
        }

        if (wanted.Contains("DescribeNetworkInterfaces"))
        {
            streams.Add(new ApiStream("DescribeNetworkInterfaces", "describe", options.DescribeRate, false, _ =>
                new ApiCall("DescribeNetworkInterfaces", Ecs, [new("RegionId", _region), new("VpcId", _vpc), new("PageSize", "50")])));
        }

        return streams;
    }

    /// <summary>A CheckFlow between two of the ENIs (or an ENI's address, or an external address), on a common port.</summary>
    public ApiCall CheckFlow(long k)
    {
        var (source, destination, port) = Ends(k);
        return new ApiCall("CheckFlow", Simulation,
            [new("RegionId", _region), new("Source", source), new("Destination", destination), new("Protocol", "TCP"), new("DestinationPort", port), new("SourcePort", "33000")]);
    }

    /// <summary>A CheckFlows of <paramref name="flows"/> flows (Flows.N.Source, …), the batch action.</summary>
    public ApiCall CheckFlows(long k, int flows = 100)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("RegionId", _region) };
        for (var n = 1; n <= flows; n++)
        {
            var (source, destination, port) = Ends((k * flows) + n);
            var prefix = $"Flows.{n.ToString(CultureInfo.InvariantCulture)}.";
            parameters.AddRange([new(prefix + "Source", source), new(prefix + "Destination", destination), new(prefix + "Protocol", "TCP"), new(prefix + "DestinationPort", port)]);
        }

        return new ApiCall("CheckFlows", Simulation, parameters);
    }

    private (string Source, string Destination, string Port) Ends(long k)
    {
        var random = new Random((int)(k % int.MaxValue));
        var a = _enis[random.Next(_enis.Count)];
        var b = _enis[random.Next(_enis.Count)];
        var source = (k % 10) switch
        {
            0 => "203.0.113." + random.Next(1, 255).ToString(CultureInfo.InvariantCulture),
            1 when a.Address.Length > 0 => a.Address,
            _ => a.Id,
        };
        var port = new[] { "22", "80", "443", "3306", "8080" }[random.Next(5)];
        return (source, k % 7 == 0 && b.Address.Length > 0 ? b.Address : b.Id, port);
    }

    private async Task<string> GroupAsync(ApiClient client, string name) =>
        (await client.CallAsync("CreateSecurityGroup", Ecs, ("RegionId", _region), ("VpcId", _vpc), ("SecurityGroupType", "normal"), ("SecurityGroupName", name))).Ok().Get("SecurityGroupId");

    private static KeyValuePair<string, string>[] Permission(int index, string protocol, string ports, string cidr)
    {
        var prefix = $"Permissions.{index.ToString(CultureInfo.InvariantCulture)}.";
        return [new(prefix + "IpProtocol", protocol), new(prefix + "PortRange", ports), new(prefix + "SourceCidrIp", cidr)];
    }
}
