using System.Security.Cryptography;
using System.Text;
using SgGrid.Api.Ecs.Signatures;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Tests.Ecs.Signatures;

public class Acs3SignatureVerifierTests
{
    private readonly Acs3SignatureVerifier verifier = new(WorkedExample.Secrets);

    [Fact]
    public void BuildCanonicalQueryString_WorkedExample_MatchesSpecByteForByte()
    {
        var canonical = Acs3SignatureVerifier.BuildCanonicalQueryString(QueryStringParser.Parse(WorkedExample.WireQuery));

        Assert.Equal(WorkedExample.CanonicalQuery, canonical);
    }

    [Fact]
    public void BuildCanonicalRequest_WorkedExample_HashMatchesSpec()
    {
        var canonical = Acs3SignatureVerifier.BuildCanonicalRequest(WorkedExample.Request(), WorkedExample.SignedHeaders, WorkedExample.EmptySha256);

        Assert.Equal(WorkedExample.CanonicalRequestSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        Assert.Contains("x-acs-version:2014-05-26\n\nhost;", canonical, StringComparison.Ordinal);
        Assert.Equal(
            WorkedExample.Signature,
            Acs3SignatureVerifier.ComputeSignature(WorkedExample.Secret, Acs3SignatureVerifier.BuildStringToSign(canonical)));
    }

    [Fact]
    public void Verify_WorkedExample_Succeeds()
    {
        var check = verifier.Verify(WorkedExample.Request());

        Assert.True(check.IsValid, check.ToString());
        Assert.Equal(WorkedExample.AccessKeyId, check.AccessKeyId);
        Assert.Equal(WorkedExample.Nonce, check.Nonce);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 13, 29, 7, TimeSpan.Zero), check.Timestamp);
    }

    [Fact]
    public void Verify_UpperCaseHexSignatureAndAnyHeaderCase_Succeeds()
    {
        var request = WorkedExample.Request(editHeaders: headers =>
        {
            headers["Authorization"] = headers["Authorization"].Replace(WorkedExample.Signature, WorkedExample.Signature.ToUpperInvariant(), StringComparison.Ordinal);
            var host = headers["host"];
            headers.Remove("host");
            headers["Host"] = host;
        });

        Assert.True(verifier.Verify(request).IsValid);
    }

    [Fact]
    public void Verify_UnsignedHeaderAltered_Succeeds()
    {
        var request = WorkedExample.Request(editHeaders: headers => headers["user-agent"] = "curl/8");

        Assert.True(verifier.Verify(request).IsValid);
    }

    public static TheoryData<string> Alterations => ["method", "path", "query value", "query added", "signed header", "host port", "body", "body and its hash"];

    [Theory]
    [MemberData(nameof(Alterations))]
    public void Verify_WorkedExampleAltered_SignatureDoesNotMatch(string alteration)
    {
        var request = alteration switch
        {
            "method" => WorkedExample.Request(method: "GET"),
            "path" => WorkedExample.Request(path: "/ecs"),
            "query value" => WorkedExample.Request(query: WorkedExample.WireQuery.Replace("vpc-1", "vpc-2", StringComparison.Ordinal)),
            "query added" => WorkedExample.Request(query: WorkedExample.WireQuery + "&DryRun=true"),
            "signed header" => WorkedExample.Request(editHeaders: headers => headers["x-acs-action"] = "DeleteSecurityGroup"),
            "host port" => WorkedExample.Request(editHeaders: headers => headers["host"] = "127.0.0.1"),
            "body" => WorkedExample.Request(body: "RegionId=cn-beijing"u8.ToArray()),
            "body and its hash" => WorkedExample.Request(
                body: "RegionId=cn-beijing"u8.ToArray(),
                editHeaders: headers => headers["x-acs-content-sha256"] = Convert.ToHexStringLower(SHA256.HashData("RegionId=cn-beijing"u8))),
            _ => throw new ArgumentOutOfRangeException(nameof(alteration)),
        };

        var check = verifier.Verify(request);

        Assert.False(check.IsValid);
        Assert.Equal(EcsErrorCodes.SignatureDoesNotMatch, check.Error.Code);
        Assert.StartsWith(
            "Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n",
            check.Error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NoAuthorization_IncompleteSignature()
    {
        var check = verifier.Verify(WorkedExample.Request(editHeaders: headers => headers.Remove("Authorization")));

        Assert.Equal(EcsErrorCodes.IncompleteSignature, check.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ACS3-HMAC-SHA256")]
    [InlineData("ACS3-HMAC-SHA256 Credential=testid")]
    [InlineData("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host")]
    [InlineData("ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=00")]
    [InlineData("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders,Signature=00")]
    [InlineData("garbage")]
    public void Verify_GarbledAuthorization_IncompleteSignature(string authorization)
    {
        var check = verifier.Verify(WorkedExample.Request(editHeaders: headers => headers["Authorization"] = authorization));

        Assert.Equal(EcsErrorCodes.IncompleteSignature, check.Error?.Code);
    }

    [Fact]
    public void Verify_NonHexSignature_SignatureDoesNotMatch()
    {
        var request = WorkedExample.Request(editHeaders: headers =>
            headers["Authorization"] = $"ACS3-HMAC-SHA256 Credential=testid,SignedHeaders={WorkedExample.SignedHeaders},Signature=not-hex");

        Assert.Equal(EcsErrorCodes.SignatureDoesNotMatch, verifier.Verify(request).Error?.Code);
    }

    [Fact]
    public void Verify_OtherAlgorithm_InvalidSignatureMethod()
    {
        var request = WorkedExample.Request(editHeaders: headers =>
            headers["Authorization"] = headers["Authorization"].Replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3", StringComparison.Ordinal));

        Assert.Equal(EcsErrorCodes.InvalidSignatureMethod, verifier.Verify(request).Error?.Code);
    }

    [Fact]
    public void Verify_UnknownAccessKey_AccessKeyIdNotFound()
    {
        var check = new Acs3SignatureVerifier(_ => null).Verify(WorkedExample.Request());

        Assert.Equal("InvalidAccessKeyId.NotFound", check.Error?.Code);
    }

    [Fact]
    public void Verify_WrongSecret_SignatureDoesNotMatch()
    {
        var check = new Acs3SignatureVerifier(_ => "othersecret").Verify(WorkedExample.Request());

        Assert.Equal(EcsErrorCodes.SignatureDoesNotMatch, check.Error?.Code);
    }

    [Theory]
    [InlineData("2026-11-28 13:29:07")]
    [InlineData("Sat, 28 Nov 2026 13:29:07 GMT")]
    [InlineData("2026-11-28T13:29:07+08:00")]
    public void Verify_MalformedDate_InvalidTimeStampFormat(string date)
    {
        var check = verifier.Verify(WorkedExample.Request(editHeaders: headers => headers["x-acs-date"] = date));

        Assert.Equal("InvalidTimeStamp.Format", check.Error?.Code);
    }

    [Theory]
    [InlineData("x-acs-date")]
    [InlineData("x-acs-signature-nonce")]
    public void Verify_MissingDateOrNonce_IncompleteSignature(string header)
    {
        var check = verifier.Verify(WorkedExample.Request(editHeaders: headers => headers.Remove(header)));

        Assert.Equal(EcsErrorCodes.IncompleteSignature, check.Error?.Code);
    }

    [Fact]
    public void Verify_FormBodyWithSignedContentType_Succeeds()
    {
        var body = "VpcId=vpc-1&CidrBlock=10.0.0.0%2F24"u8.ToArray();
        var request = Acs3TestSigner.Sign(
            "POST",
            [new("RegionId", "cn-hangzhou")],
            Acs3TestSigner.BaseHeaders(),
            "testid",
            "testsecret",
            body,
            "application/x-www-form-urlencoded");

        Assert.True(verifier.Verify(request).IsValid);
    }

    [Fact]
    public void Verify_SignedQueryWithEdgeCharacters_Succeeds()
    {
        IReadOnlyList<KeyValuePair<string, string>> query =
        [
            new("Description", "a b*c~d(e)!f'g+h/i"),
            new("Tag.10.Key", "ten"),
            new("Tag.2.Key", "two"),
            new("SecurityGroupIds", "[\"sg-abc\",\"sg-def\"]"),
        ];
        var signed = Acs3TestSigner.Sign("POST", query, Acs3TestSigner.BaseHeaders(), "testid", "testsecret");

        // Re-read from a Node-style wire string: *()!' raw, space as %20, + as %2B.
        const string wire = "Description=a%20b*c~d(e)!f'g%2Bh%2Fi&Tag.10.Key=ten&Tag.2.Key=two&SecurityGroupIds=%5B%22sg-abc%22%2C%22sg-def%22%5D";
        var headers = signed.Headers.Select(header => new KeyValuePair<string, string>(header.Key, header.Value[0]));
        var fromWire = new SignedRequest("POST", "/", QueryStringParser.Parse(wire), headers);

        Assert.True(verifier.Verify(fromWire).IsValid);
    }

    [Theory]
    [InlineData("a b", "k=a%20b")]
    [InlineData("*", "k=%2A")]
    [InlineData("~", "k=~")]
    [InlineData("!'()", "k=%21%27%28%29")]
    [InlineData("+", "k=%2B")]
    [InlineData("10.0.0.0/8", "k=10.0.0.0%2F8")]
    [InlineData("ü", "k=%C3%BC")]
    [InlineData("", "k=")]
    public void BuildCanonicalQueryString_EncodesValuesRfc3986(string value, string expected)
    {
        Assert.Equal(expected, Acs3SignatureVerifier.BuildCanonicalQueryString([new("k", value)]));
    }

    [Fact]
    public void BuildCanonicalQueryString_SortsOrdinallyAndKeepsRepeatedKeys()
    {
        var canonical = Acs3SignatureVerifier.BuildCanonicalQueryString(
            [new("b", "2"), new("Tag.2.Key", "x"), new("a", "z"), new("Tag.10.Key", "y"), new("a", "y")]);

        Assert.Equal("Tag.10.Key=y&Tag.2.Key=x&a=y&a=z&b=2", canonical);
    }

    [Fact]
    public void Verify_EmptyValueSignedPythonStyle_Succeeds()
    {
        var headers = Acs3TestSigner.BaseHeaders();
        headers["x-acs-content-sha256"] = WorkedExample.EmptySha256;
        const string signedHeaders = "host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version";
        var unsigned = new SignedRequest("POST", "/", [new("Empty", ""), new("RegionId", "cn-hangzhou")], headers);
        var canonical = Acs3SignatureVerifier.BuildCanonicalRequest(unsigned, signedHeaders, WorkedExample.EmptySha256, emptyValueWithEquals: false);
        Assert.StartsWith("POST\n/\nEmpty&RegionId=cn-hangzhou\n", canonical, StringComparison.Ordinal);
        var signature = Acs3SignatureVerifier.ComputeSignature("testsecret", Acs3SignatureVerifier.BuildStringToSign(canonical));
        headers["Authorization"] = $"ACS3-HMAC-SHA256 Credential=testid,SignedHeaders={signedHeaders},Signature={signature}";

        var check = verifier.Verify(new SignedRequest("POST", "/", [new("Empty", ""), new("RegionId", "cn-hangzhou")], headers));

        Assert.True(check.IsValid, check.ToString());
    }

    [Fact]
    public void BuildCanonicalRequest_RepeatedHeader_ValuesSortedAndJoined()
    {
        var request = new SignedRequest("POST", "/", [], [new("x-acs-b", " 2 "), new("X-Acs-B", "1"), new("host", "h")]);

        var canonical = Acs3SignatureVerifier.BuildCanonicalRequest(request, "host;x-acs-b", "00");

        Assert.Equal("POST\n/\n\nhost:h\nx-acs-b:1,2\n\nhost;x-acs-b\n00", canonical);
    }
}
