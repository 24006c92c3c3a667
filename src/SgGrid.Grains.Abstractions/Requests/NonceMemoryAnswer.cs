namespace SgGrid.Grains.Abstractions.Requests;

/// <summary>What the cluster's nonce memory says about a request's nonce (SgGrid.Domain.Requests.NonceAdmission over the wire).</summary>
[GenerateSerializer, Alias("sggrid.NonceMemoryAnswer")]
public enum NonceMemoryAnswer : byte
{
    /// <summary>Not seen within its window: remembered now.</summary>
    Admitted = 0,

    /// <summary>Seen already and still within its window: a replay.</summary>
    Replayed = 1,

    /// <summary>The access key's memory is full of live nonces: refused.</summary>
    Full = 2,
}
