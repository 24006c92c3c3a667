using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Hosting;
using SgGrid.Api.Tenancy;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>One authenticated call: its parameters, the tenant that signed it, and the region's grains.</summary>
public sealed class RpcContext
{
    public RpcContext(
        string requestId,
        RpcParameters parameters,
        TenantOptions tenant,
        IGrainFactory grains,
        RegionCatalog regions,
        SgGridApiOptions options,
        CancellationToken cancellationToken = default)
    {
        RequestId = requestId ?? throw new ArgumentNullException(nameof(requestId));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Tenant = tenant ?? throw new ArgumentNullException(nameof(tenant));
        Grains = grains ?? throw new ArgumentNullException(nameof(grains));
        Regions = regions ?? throw new ArgumentNullException(nameof(regions));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        CancellationToken = cancellationToken;
    }

    public string RequestId { get; }

    public RpcParameters Parameters { get; }

    /// <summary>The tenant whose AccessKey signed the request.</summary>
    public TenantOptions Tenant { get; }

    public string AccountId => Tenant.AccountId;

    public IGrainFactory Grains { get; }

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

        if (!Regions.IsServed(regionId))
        {
            reader.Fail(ApiErrors.RegionNotFound(regionId));
            return null;
        }

        return In(regionId);
    }

    /// <summary>The tenant's view of <paramref name="regionId"/> (not checked).</summary>
    public TenantRegion In(string regionId) => new(Grains, new ResourceOwner(AccountId, regionId));
}
