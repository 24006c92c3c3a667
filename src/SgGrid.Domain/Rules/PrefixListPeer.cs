namespace SgGrid.Domain.Rules;

/// <summary>The entries of a prefix list.</summary>
public sealed record PrefixListPeer(string PrefixListId) : RemotePeer
{
    public override string ToString() => PrefixListId;
}
