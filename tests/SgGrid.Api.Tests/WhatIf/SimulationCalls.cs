using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.WhatIf;

/// <summary>Calls of SgGrid's own actions (version 2026-11-28) with ECS-style parameters.</summary>
internal static class SimulationCalls
{
    public const string Version = "2026-11-28";

    public static Task<EcsResponse> SimAsync(this EcsClient client, string action, params (string Name, string Value)[] parameters) =>
        client.CallAsync(action, Version, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));

    /// <summary>Creates a scenario of the VPC; returns its id and RegionId.</summary>
    public static async Task<(string ScenarioId, string RegionId)> CreateScenarioAsync(this EcsClient client, string vpcId, params string[] securityGroupIds)
    {
        var body = (await client.SimAsync("CreateWhatIfScenario",
            [("RegionId", ApiRegion.RegionId), ("VpcId", vpcId), ("Name", "staging"), .. securityGroupIds.Select((g, i) => ($"SecurityGroupId.{i + 1}", g))])).Ok();
        return (body.Get("ScenarioId"), body.Get("ScenarioRegionId"));
    }

    /// <summary>Every page of the scenario's diff (with optional filters).</summary>
    public static async Task<List<System.Text.Json.JsonElement>> DiffAsync(this EcsClient client, string scenarioId, params (string Name, string Value)[] filters)
    {
        var all = new List<System.Text.Json.JsonElement>();
        string token = "";
        do
        {
            (string, string)[] parameters = [("RegionId", ApiRegion.RegionId), ("ScenarioId", scenarioId), ("MaxResults", "50"), .. filters];
            var page = (await client.SimAsync("DescribeWhatIfDiff", token.Length > 0 ? [.. parameters, ("NextToken", token)] : parameters)).Ok();
            all.AddRange(page.Element("Differences.Difference").EnumerateArray().Select(e => e.Clone()));
            token = page.Get("NextToken");
        }
        while (token.Length > 0);
        return all;
    }
}
