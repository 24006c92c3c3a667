namespace SgGrid.Domain.Rules;

/// <summary>The far end a rule names: a CIDR block, a security group, or a prefix list.</summary>
/// <remarks>For an ingress rule this is the source; for an egress rule the destination.</remarks>
public abstract record RemotePeer;
