package corpus.xcipher.config;

public interface CipherSettings {
  String TRANSFORMATION = "AES/ECB/PKCS5Padding";
}
