using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.WhatIf;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// DescribeWhatIfDiff: both worlds are rebuilt from the grains on every call (cheap: one directory listing and one
/// snapshot per group), and the diff itself is recomputed only when either world or the filter changed since the last
/// call, so paging through a large diff computes it once.
/// </summary>
public sealed partial class WhatIfScenarioGrain
{
    private ScenarioWorldBuilder? _productionWorlds;
    private ScenarioWorldBuilder? _scenarioWorlds;
    private (string Key, ImmutableArray<WhatIfDiffEntry> Entries, int PolicyClasses, int ProductionCount, int ScenarioCount)? _diff;

    public async Task<Outcome<WhatIfDiffPage>> DescribeDiffAsync(ResourceOwner caller, WhatIfDiffQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsVisibleTo(caller))
        {
            return Outcomes.Failure<WhatIfDiffPage>(ScenarioErrors.NotFound());
        }

        var started = Stopwatch.GetTimestamp();
        _productionWorlds ??= new ScenarioWorldBuilder(_options.Emulation);
        _scenarioWorlds ??= new ScenarioWorldBuilder(_options.Emulation);
        var production = await _productionWorlds.BuildAsync(GrainFactory, null, State.Owner!, State.VpcId);
        var scenario = await _scenarioWorlds.BuildAsync(Staging, ScenarioId, State.Owner!, State.VpcId);
        var filter = new WhatIfFilter
        {
            Sources = query.Sources,
            Destinations = query.Destinations,
            Protocols = query.Protocols.IsDefaultOrEmpty ? null : ValueSet.Of(query.Protocols.Select(p => ((UInt128)p, (UInt128)p))),
        };
        var key = $"{production.Stamp}/{scenario.Stamp}/{query.Sources}/{query.Destinations}/{filter.Protocols}";
        if (_diff?.Key != key)
        {
            ImmutableArray<WhatIfDifference> differences;
            try
            {
                // Pure set algebra over the two worlds: off the grain's scheduler, on the thread pool.
                differences = await Task.Run(() => WhatIfDiffer.Diff(production.World, scenario.World, filter));
            }
            catch (RegionTooComplexException exception)
            {
                return Outcomes.Failure<WhatIfDiffPage>(ScenarioErrors.TooComplex(exception.Message));
            }

            _diff = (key, [.. differences.Select(d => Entry(d, production, scenario))], production.PolicyClassCount + scenario.PolicyClassCount,
                production.World.NetworkInterfaces.Length, scenario.World.NetworkInterfaces.Length);
        }

        var (_, entries, classes, productionCount, scenarioCount) = _diff.Value;
        var offset = query.NextToken is { Length: > 0 } token && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var size = Math.Clamp(query.MaxResults, 1, WhatIfDiffQuery.MaxMaxResults);
        var page = entries.Skip(offset).Take(size).ToImmutableArray();
        var next = offset + page.Length;
        return Outcomes.Success(new WhatIfDiffPage
        {
            Entries = page,
            TotalCount = entries.Length,
            NextToken = next < entries.Length ? next.ToString(CultureInfo.InvariantCulture) : null,
            ProductionNetworkInterfaceCount = productionCount,
            ScenarioNetworkInterfaceCount = scenarioCount,
            PolicyClassCount = classes,
            ComputeTime = Stopwatch.GetElapsedTime(started),
        });
    }

    private static WhatIfDiffEntry Entry(WhatIfDifference difference, ScenarioWorld production, ScenarioWorld scenario) => new()
    {
        Change = difference.Change,
        Family = difference.Family,
        Source = End(difference.Source),
        Destination = End(difference.Destination),
        Protocols = Ranges(difference.Protocols),
        SourcePorts = Ranges(difference.SourcePorts),
        DestinationPorts = Ranges(difference.DestinationPorts),
        ProductionSource = Explain(difference.Production.Source, production, difference.Source.ProductionNetworkInterfaceId, egress: true),
        ProductionDestination = Explain(difference.Production.Destination, production, difference.Destination.ProductionNetworkInterfaceId, egress: false),
        ScenarioSource = Explain(difference.Scenario.Source, scenario, difference.Source.ScenarioNetworkInterfaceId, egress: true),
        ScenarioDestination = Explain(difference.Scenario.Destination, scenario, difference.Destination.ScenarioNetworkInterfaceId, egress: false),
    };

    private static WhatIfDiffEnd End(WhatIfEndpoint endpoint) => new()
    {
        NetworkInterfaceId = endpoint.NetworkInterfaceId,
        Cidrs = [.. endpoint.Cidrs.Select(c => c.ToString())],
    };

    private static ImmutableArray<WhatIfValueRange> Ranges(ValueSet values) =>
        [.. values.Intervals.Select(i => new WhatIfValueRange((int)i.First, (int)i.Last))];

    private static SideExplanation? Explain(FilterDecision? decision, ScenarioWorld world, string? networkInterfaceId, bool egress)
    {
        if (decision is not { } made || networkInterfaceId is null || !world.Policies.TryGetValue(networkInterfaceId, out var policy))
        {
            return null;
        }

        var directional = egress ? policy.Egress : policy.Ingress;
        return SideExplanation.From(made, directional.Explain(made), "");
    }
}
