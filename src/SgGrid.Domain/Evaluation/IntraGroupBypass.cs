namespace SgGrid.Domain.Evaluation;

/// <summary>Where intra-group trust (InnerAccessPolicy Accept) bypasses custom rules (decision D1).</summary>
public enum IntraGroupBypass : byte
{
    /// <summary>On the sender's egress and the receiver's ingress (SgGrid default).</summary>
    Both = 0,

    /// <summary>Only on the receiver's ingress, as the documented default-rule tables read literally.</summary>
    IngressOnly = 1,
}
