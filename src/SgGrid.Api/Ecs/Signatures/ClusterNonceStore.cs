using SgGrid.Domain.Requests;
using SgGrid.Grains.Abstractions.Requests;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Nonces remembered once for the whole cluster, in one <see cref="INonceMemoryGrain"/> per access key: a request captured
/// at one silo cannot be replayed at another. Chosen by <see cref="RequestFreshnessOptions.SharedNonceMemory"/>.
/// </summary>
public sealed class ClusterNonceStore(IGrainFactory grains, RequestFreshnessOptions options) : INonceStore
{
    public async ValueTask<NonceAdmission> AdmitAsync(string accessKeyId, string nonce, DateTimeOffset expiry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(accessKeyId);
        ArgumentNullException.ThrowIfNull(nonce);
        var hash = LocalNonceStore.HashOf(nonce);
        var answer = await grains.GetGrain<INonceMemoryGrain>(accessKeyId)
            .AdmitAsync((ulong)(hash >> 64), (ulong)hash, expiry, now, options.MaxNoncesPerAccessKey);
        return answer switch
        {
            NonceMemoryAnswer.Admitted => NonceAdmission.Admitted,
            NonceMemoryAnswer.Replayed => NonceAdmission.Replayed,
            _ => NonceAdmission.Full,
        };
    }
}
