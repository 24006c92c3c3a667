using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// A what-if scenario: clones a VPC into scoped grains (<see cref="ScenarioCloner"/>), answers the exact diff of its
/// verdicts against production (<see cref="WhatIfScenarioGrain.DescribeDiffAsync"/>) and promotes its staged rules.
/// </summary>
public sealed partial class WhatIfScenarioGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<WhatIfScenarioState> state,
    IOptions<SgGridGrainOptions> options,
    ILogger<WhatIfScenarioGrain> logger) : Grain, IWhatIfScenarioGrain
{
    private readonly SgGridGrainOptions _options = options.Value;
    private ScenarioCloner? _cloner;

    private WhatIfScenarioState State => state.State;

    private string ScenarioId => this.GetPrimaryKeyString();

    private ScenarioCloner Cloner => _cloner ??= new ScenarioCloner(
        GrainFactory,
        new ScenarioStorage(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name), ServiceProvider.GetRequiredService<DeepCopier>()));

    /// <summary>The scenario's own grains: production's ids, keyed into this scenario.</summary>
    private IGrainFactory Staging => ScopedGrainFactory.For(GrainFactory, ScenarioId);

    public async Task<Outcome<WhatIfScenarioInfo>> CreateAsync(WhatIfScenarioSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (State.Exists || State.Deleted)
        {
            return Outcomes.Failure<WhatIfScenarioInfo>(new Domain.Errors.EcsError(Domain.Errors.EcsErrorCodes.InvalidParameter, "The scenario id is taken."));
        }

        var scope = spec.SecurityGroupIds.IsDefault ? [] : spec.SecurityGroupIds.Distinct(StringComparer.Ordinal).ToArray();
        var creationTime = DateTimeOffset.UtcNow;
        var directory = GrainFactory.GetAccountRegionDirectory(spec.Owner);
        var summary = new ResourceSummary
        {
            Id = ScenarioId,
            Kind = ResourceKind.WhatIfScenario,
            VpcId = spec.VpcId,
            Name = spec.Name,
            CreationTime = creationTime,
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", nameof(WhatIfScenarioStatus.Available)),
        };
        var limit = _options.QuotasFor(spec.Owner.AccountId).WhatIfScenariosPerRegion;
        if (!await directory.RegisterWithinLimitAsync(summary, limit))
        {
            return Outcomes.Failure<WhatIfScenarioInfo>(ScenarioErrors.TooManyScenarios(limit));
        }

        Outcome<ScenarioManifest> manifest;
        try
        {
            manifest = await Cloner.CloneAsync(spec.Owner, spec.VpcId, scope, ScenarioId);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogCloneFailed(exception, ScenarioId, spec.VpcId);
            await AbandonAsync(spec, directory, new ScenarioManifest());
            throw;
        }

        if (!manifest.Succeeded)
        {
            await AbandonAsync(spec, directory, new ScenarioManifest());
            return Outcomes.Failure<WhatIfScenarioInfo>(manifest.Errors);
        }

        state.State = new WhatIfScenarioState
        {
            Exists = true,
            Owner = spec.Owner,
            VpcId = spec.VpcId,
            Name = spec.Name,
            Description = spec.Description,
            ScopeSecurityGroupIds = [.. manifest.Value!.BaseVersions.Keys.Order(StringComparer.Ordinal)],
            Status = WhatIfScenarioStatus.Available,
            CreationTime = creationTime,
            Manifest = manifest.Value,
        };
        await state.WriteStateAsync();
        LogCreated(ScenarioId, spec.VpcId, manifest.Value.NetworkInterfaces.Count, manifest.Value.SecurityGroups.Count);
        return Outcomes.Success(Info());
    }

    public Task<WhatIfScenarioInfo?> GetInfoAsync(ResourceOwner caller) =>
        Task.FromResult(IsVisibleTo(caller) ? Info() : null);

    public async Task<MutationResult> DeleteAsync(ResourceOwner caller)
    {
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(ScenarioErrors.NotFound());
        }

        var owner = State.Owner!;
        State.Exists = false;
        State.Deleted = true;
        await state.WriteStateAsync(); // from here on its RegionId resolves to nothing
        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.WhatIfScenario, ScenarioId);
        await Cloner.ClearAsync(owner, State.VpcId, State.Manifest, ScenarioId);
        return MutationResult.Success(0);
    }

    private async Task AbandonAsync(WhatIfScenarioSpec spec, IAccountRegionDirectoryGrain directory, ScenarioManifest manifest)
    {
        await directory.UnregisterAsync(ResourceKind.WhatIfScenario, ScenarioId);
        await Cloner.ClearAsync(spec.Owner, spec.VpcId, manifest, ScenarioId);
    }

    private bool IsVisibleTo(ResourceOwner caller) => State.Exists && !State.Deleted && State.Owner == caller;

    private WhatIfScenarioInfo Info() => new()
    {
        ScenarioId = ScenarioId,
        Owner = State.Owner!,
        ScenarioRegionId = ScenarioRegions.Compose(State.Owner!.RegionId, ScenarioId),
        VpcId = State.VpcId,
        Name = State.Name,
        Description = State.Description,
        SecurityGroupIds = [.. State.ScopeSecurityGroupIds],
        Status = State.Status,
        CreationTime = State.CreationTime,
        ApplyTime = State.ApplyTime,
        SecurityGroupCount = State.Manifest.SecurityGroups.Count,
        NetworkInterfaceCount = State.Manifest.NetworkInterfaces.Count,
        InstanceCount = State.Manifest.Instances.Count,
    };

    private async Task PublishStatusAsync()
    {
        await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(new ResourceSummary
        {
            Id = ScenarioId,
            Kind = ResourceKind.WhatIfScenario,
            VpcId = State.VpcId,
            Name = State.Name,
            CreationTime = State.CreationTime,
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", State.Status.ToString()),
        });
    }
}
