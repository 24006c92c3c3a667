using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Hosting;
using SgGrid.Api.Tenancy;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// One authenticated call: its parameters, the tenant that signed it, and the region's grains. A call whose RegionId
/// names a what-if scenario of the tenant (<see cref="ScenarioRegions"/>) carries that <see cref="Scenario"/>, and its
/// grains are the scenario's: every action then acts on the staging copy, with production's ids.
/// </summary>
public sealed class RpcContext
{
    public RpcContext(
        string requestId,
        RpcParameters parameters,
        TenantOptions tenant,
        IGrainFactory grains,
        RegionCatalog regions,
        SgGridApiOptions options,
        WhatIfScenarioInfo? scenario = null,
        CancellationToken cancellationToken = default)
    {
        RequestId = requestId ?? throw new ArgumentNullException(nameof(requestId));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Tenant = tenant ?? throw new ArgumentNullException(nameof(tenant));
        ArgumentNullException.ThrowIfNull(grains);
        Scenario = scenario;
        Grains = ScopedGrainFactory.For(grains, scenario?.ScenarioId);
        Regions = regions ?? throw new ArgumentNullException(nameof(regions));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        CancellationToken = cancellationToken;
    }

    public string RequestId { get; }

    /// <summary>The request body as a stream, for an <see cref="IStreamedBodyAction"/> (empty for other actions).</summary>
    public Stream Body { get; init; } = Stream.Null;

    /// <summary>The hex SHA-256 an ACS3 signature declared for a streamed <see cref="Body"/>, or null (nothing to check).</summary>
    public string? DeclaredBodyHash { get; init; }

    /// <summary>
    /// After an <see cref="IStreamedBodyAction"/> read its body: <c>SignatureDoesNotMatch</c> when the bytes are not those whose
    /// hash the ACS3 signature covers (the rest of the body is read first), null when they are or no hash was declared.
    /// </summary>
    public async Task<EcsError?> CheckBodyHashAsync()
    {
        if (Body is not HashingReadStream hashing || DeclaredBodyHash is not { } declared)
        {
            return null;
        }

        var actual = await hashing.FinishAsync(CancellationToken);
        return actual == declared ? null : Signatures.SignatureErrors.SignatureDoesNotMatch($"The body's SHA-256 is {actual}; x-acs-content-sha256 declared {declared}.");
    }

    public RpcParameters Parameters { get; }

    /// <summary>The tenant whose AccessKey signed the request.</summary>
    public TenantOptions Tenant { get; }

    public string AccountId => Tenant.AccountId;

    /// <summary>The grains the call acts on: production's, or its scenario's (scoped) ones.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>The what-if scenario the call's RegionId names, or null for a production region.</summary>
    public WhatIfScenarioInfo? Scenario { get; }

    public RegionCatalog Regions { get; }

    public SgGridApiOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Whether mutations wait for every affected ENI (the endpoint's default).</summary>
    public MutationOptions Mutation => Options.WaitForConvergence ? MutationOptions.Default : MutationOptions.NoWait;

    /// <summary>A fresh reader over the parameters.</summary>
    public ParameterReader Read() => new(Parameters);

    /// <summary>
    /// The tenant's view of the region named by <c>RegionId</c>: <c>MissingRegionId</c> when required and absent (else the
    /// default region), <c>InvalidRegionId.NotFound</c> when not served. Null (with the error recorded) on failure.
    /// </summary>
    public TenantRegion? Region(ParameterReader reader, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var regionId = required ? reader.Required("RegionId", TenantRegion.MaxIdLength) : reader.Optional("RegionId", TenantRegion.MaxIdLength) ?? Regions.DefaultRegionId;
        if (reader.HasError)
        {
            return null;
        }

        if (!Serves(regionId))
        {
            reader.Fail(ApiErrors.RegionNotFound(regionId));
            return null;
        }

        return In(regionId);
    }

    /// <summary>Whether <paramref name="regionId"/> is a served region or the call's scenario region.</summary>
    public bool Serves(string regionId) => Regions.IsServed(regionId) || regionId == Scenario?.ScenarioRegionId;

    /// <summary>
    /// The tenant's view of <paramref name="regionId"/> (not checked). In a scenario call, the scenario's region and its
    /// production region both mean the staging copy (whose resources keep production's owner).
    /// </summary>
    public TenantRegion In(string regionId) =>
        Scenario is { } scenario && (regionId == scenario.ScenarioRegionId || regionId == scenario.Owner.RegionId)
            ? new TenantRegion(Grains, scenario.Owner, scenario)
            : new TenantRegion(Grains, new ResourceOwner(AccountId, regionId));
}
