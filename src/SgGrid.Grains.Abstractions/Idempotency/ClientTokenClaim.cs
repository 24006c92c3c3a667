namespace SgGrid.Grains.Abstractions.Idempotency;

/// <summary>The answer to <see cref="IClientTokenGrain.ClaimAsync"/>; <see cref="ResponseBody"/> is set for <see cref="ClientTokenStatus.Completed"/>.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ClientTokenClaim")]
public sealed record ClientTokenClaim(
    [property: Id(0)] ClientTokenStatus Status,
    [property: Id(1)] byte[]? ResponseBody = null);
