using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.WhatIf;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// DescribeWhatIfDiff: production's world comes from the silo's <see cref="ProductionWorlds"/> (one per VPC, shared by
/// its scenarios, rebuilt only where it changed), the scenario's own world from this grain's builder, and the diff itself
/// is recomputed only when either world or the filter changed since the last call, so paging through a large diff
/// computes it once. The whole call is one analysis of the <see cref="AnalysisGate"/>: bounded per tenant and per silo,
/// in time, and stopped when its caller is gone.
/// </summary>
public sealed partial class WhatIfScenarioGrain
{
    private ScenarioWorldBuilder? _scenarioWorlds;
    private (string Key, ImmutableArray<WhatIfDiffEntry> Entries, int PolicyClasses, int ProductionCount, int ScenarioCount)? _diff;

    public async Task<Outcome<WhatIfDiffPage>> DescribeDiffAsync(ResourceOwner caller, WhatIfDiffQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsVisibleTo(caller))
        {
            return Outcomes.Failure<WhatIfDiffPage>(ScenarioErrors.NotFound());
        }

        using var analysis = ServiceProvider.GetRequiredService<AnalysisGate>().TryBegin(State.Owner!.AccountId, ScenarioErrors.TooComplex, cancellationToken);
        if (analysis is null)
        {
            return Outcomes.Failure<WhatIfDiffPage>(AnalysisErrors.TenantBusy());
        }

        try
        {
            return await DiffAsync(query, analysis);
        }
        catch (AnalysisRefusedException refused)
        {
            return Outcomes.Failure<WhatIfDiffPage>(refused.Error);
        }
    }

    private async Task<Outcome<WhatIfDiffPage>> DiffAsync(WhatIfDiffQuery query, AnalysisLease analysis)
    {
        var started = Stopwatch.GetTimestamp();
        _scenarioWorlds ??= new ScenarioWorldBuilder(_options.Emulation,
            new PolicyCache(ServiceProvider.GetRequiredService<IOptions<AnalysisOptions>>().Value.MaxCachedScenarioPolicies));
        var production = await ServiceProvider.GetRequiredService<ProductionWorlds>().GetAsync(GrainFactory, State.Owner!, State.VpcId, analysis);
        var scenario = await _scenarioWorlds.BuildAsync(Staging, ScenarioId, State.Owner!, State.VpcId, analysis);
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
                // Pure set algebra over the two worlds: off the grain's scheduler, in one of the silo's analysis slots.
                differences = await analysis.ComputeAsync(token => WhatIfDiffer.Diff(production.World, scenario.World, filter, token));
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
