using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Evaluation;

/// <summary>A basic group with InnerAccessPolicy Accept on the ENI: its members' addresses are trusted before any rule.</summary>
public sealed record IntraGroupTrust(int GroupIndex, string GroupId, AddressSet Members);
