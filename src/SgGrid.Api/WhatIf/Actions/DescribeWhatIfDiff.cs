using System.Collections.Immutable;
using System.Globalization;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.WhatIf.Binding;
using SgGrid.Api.WhatIf.Responses;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Actions;

/// <summary>
/// DescribeWhatIfDiff (SgGrid 2026-11-28): every (source, destination, protocol, port set) whose end-to-end verdict
/// differs between production now and the scenario now, as <c>NewlyAllowed</c> / <c>NewlyDenied</c>, with the entries
/// that decide each side in each world. Exact: a flow whose verdict differs is in the diff, and no other. Sources and
/// destinations are ENIs or, for external traffic, the minimal CIDR blocks that behave alike. Optional filters:
/// <c>Source</c>, <c>Destination</c> (an ENI or instance id, an IP address or a CIDR block) and <c>Protocol</c>; pages
/// of <c>MaxResults</c> (1-1000, default 100) with <c>NextToken</c>.
/// </summary>
public sealed class DescribeWhatIfDiff : IRpcAction
{
    public string Name => nameof(DescribeWhatIfDiff);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var scenarioId = reader.Required("ScenarioId", TenantRegion.MaxIdLength);
        var sourceText = reader.Optional("Source", 64);
        var destinationText = reader.Optional("Destination", 64);
        var protocolText = reader.Optional("Protocol", 16);
        var maxResults = reader.Number("MaxResults", 1, WhatIfDiffQuery.MaxMaxResults) ?? WhatIfDiffQuery.DefaultMaxResults;
        var nextToken = reader.Optional("NextToken", 16);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name);
        }

        ImmutableArray<int> protocols = [];
        if (protocolText is not null)
        {
            if (!IpProtocol.TryParse(protocolText, acceptNumeric: true, out var protocol))
            {
                return ApiErrors.Malformed("Protocol", "Use TCP, UDP, ICMP, ICMPv6, GRE, ALL or a protocol number 0-255.");
            }

            protocols = protocol.IsAll ? [] : [protocol.Number];
        }

        if (nextToken is { Length: > 0 } && !int.TryParse(nextToken, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ApiErrors.Malformed("NextToken", "Pass the NextToken of the previous page.");
        }

        if (await Scenarios.FindAsync(region!, scenarioId) is not { } scenario)
        {
            return Scenarios.NotFound();
        }

        var staging = new TenantRegion(Grains.Abstractions.Scenarios.ScopedGrainFactory.For(region!.Grains, scenarioId), region.Owner, scenario);
        AddressSet? sources = null, destinations = null;
        if (sourceText is not null && (sources = await DiffEndFilter.ResolveAsync(sourceText, region, staging)) is null)
        {
            return ApiErrors.Malformed("Source", "Name an ENI id, an instance id, an IP address or a CIDR block.");
        }

        if (destinationText is not null && (destinations = await DiffEndFilter.ResolveAsync(destinationText, region, staging)) is null)
        {
            return ApiErrors.Malformed("Destination", "Name an ENI id, an instance id, an IP address or a CIDR block.");
        }

        var diff = await Scenarios.Grain(region, scenarioId).DescribeDiffAsync(region.Owner, new WhatIfDiffQuery
        {
            Sources = sources,
            Destinations = destinations,
            Protocols = protocols,
            MaxResults = maxResults,
            NextToken = nextToken,
        }, context.CancellationToken);
        if (!diff.Succeeded)
        {
            return RpcResult.Fail(diff.Errors);
        }

        var page = diff.Value!;
        return RpcResult.Ok(new Response(
            scenarioId,
            page.TotalCount,
            maxResults,
            page.NextToken ?? "",
            page.ProductionNetworkInterfaceCount,
            page.ScenarioNetworkInterfaceCount,
            page.PolicyClassCount,
            (long)page.ComputeTime.TotalMilliseconds,
            new DifferenceList([.. page.Entries.Select(DiffEntry.From)])));
    }

    /// <param name="ScenarioId">The scenario diffed.</param>
    /// <param name="TotalCount">Differences in the whole diff (all pages).</param>
    /// <param name="MaxResults">The page size used.</param>
    /// <param name="NextToken">The next page's token; empty on the last page.</param>
    /// <param name="ProductionNetworkInterfaceCount">ENIs of the VPC in production.</param>
    /// <param name="ScenarioNetworkInterfaceCount">ENIs of the VPC in the scenario.</param>
    /// <param name="PolicyClassCount">Equivalence classes of ENIs (distinct effective policies) in both worlds.</param>
    /// <param name="ComputeTimeMilliseconds">The time the grain took for this page (the diff is computed once per change).</param>
    /// <param name="Differences">This page of the diff.</param>
    public sealed record Response(
        string ScenarioId,
        int TotalCount,
        int MaxResults,
        string NextToken,
        int ProductionNetworkInterfaceCount,
        int ScenarioNetworkInterfaceCount,
        int PolicyClassCount,
        long ComputeTimeMilliseconds,
        DifferenceList Differences);

    public sealed record DifferenceList(IReadOnlyList<DiffEntry> Difference);
}
