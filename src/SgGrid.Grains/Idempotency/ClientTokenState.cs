namespace SgGrid.Grains.Idempotency;

/// <summary>The durable part of a ClientToken: the fingerprint and answer of the request that completed with it.</summary>
[GenerateSerializer, Alias("sggrid.ClientTokenState")]
public sealed class ClientTokenState
{
    [Id(0)] public string? Fingerprint { get; set; }
    [Id(1)] public byte[]? ResponseBody { get; set; }
    [Id(2)] public DateTimeOffset CompletedAt { get; set; }
}
