namespace SgGrid.Domain.Rules;

/// <summary>Every private address of every ENI in another security group, optionally of another account.</summary>
public sealed record SecurityGroupPeer(string GroupId, string? OwnerAccount = null) : RemotePeer
{
    public override string ToString() => OwnerAccount is null ? GroupId : $"{OwnerAccount}/{GroupId}";
}
