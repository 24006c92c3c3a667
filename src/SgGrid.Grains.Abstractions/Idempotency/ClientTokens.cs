using System.Security.Cryptography;
using System.Text;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Idempotency;

/// <summary>How to reach a ClientToken's grain.</summary>
public static class ClientTokens
{
    /// <summary>
    /// <c>"{accountId}/{regionId}/{hash}"</c>: the token itself (any 64 ASCII characters) is hashed so that no client
    /// text ever becomes a storage key.
    /// </summary>
    public static string KeyOf(ResourceOwner owner, string clientToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(clientToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientToken)))[..32];
        return $"{owner.AccountId}/{owner.RegionId}/{hash}";
    }

    public static IClientTokenGrain GetClientToken(this IGrainFactory grains, ResourceOwner owner, string clientToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IClientTokenGrain>(KeyOf(owner, clientToken));
    }
}
